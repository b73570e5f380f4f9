package org.hubops.cli;

import java.util.Locale;
import java.util.Map;
import org.hubops.model.Language;
import picocli.CommandLine.Option;

/** {@code --lang uk|en}: the workbook's labels and everything the command says. */
final class LanguageOption {

  @Option(
      names = "--lang",
      paramLabel = "uk|en",
      defaultValue = "uk",
      description =
          "Labels and messages in Ukrainian (uk, the default) or English (en);"
              + " default $HUBOPS_LANG.")
  Language language;

  /**
   * The language of a run, read before its arguments are parsed so that an argument error is told
   * in it too: the last {@code --lang} that names uk or en, else {@code HUBOPS_LANG}, else
   * Ukrainian. Parsing then sets the same value on the command's option.
   */
  static Language of(String[] args, Map<String, String> env) {
    String chosen = null;
    for (int i = 0; i < args.length; i++) {
      String value = null;
      if (args[i].startsWith("--lang=")) {
        value = args[i].substring("--lang=".length());
      } else if (args[i].equals("--lang") && i + 1 < args.length) {
        value = args[i + 1];
      }
      if (known(value)) {
        chosen = value;
      }
    }
    if (chosen == null && known(env.get("HUBOPS_LANG"))) {
      chosen = env.get("HUBOPS_LANG");
    }
    return Language.fromTag(chosen);
  }

  private static boolean known(String value) {
    if (value == null) {
      return false;
    }
    String tag = value.strip().toLowerCase(Locale.ROOT);
    return tag.equals("uk") || tag.equals("en");
  }
}
