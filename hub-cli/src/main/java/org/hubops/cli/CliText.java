package org.hubops.cli;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.ResourceBundle;
import org.hubops.model.Language;

/**
 * What {@code hubops} says, in one language: the patterns of {@code messages_uk} or {@code
 * messages_en}, formatted by ICU's MessageFormat so plurals follow the language's rules ("1
 * заняття, 3 заняття, 5 занять") and numbers its conventions. One per run, chosen from {@code
 * --lang} (or {@code HUBOPS_LANG}) before the arguments are parsed, so even an argument error is
 * told in the language asked for.
 */
final class CliText {

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Language language;
  private final ULocale locale;
  private final ResourceBundle patterns;

  CliText(Language language) {
    this.language = language;
    this.locale = ULocale.forLanguageTag(language.tag());
    this.patterns =
        ResourceBundle.getBundle(
            "org.hubops.cli.messages", Locale.forLanguageTag(language.tag()), NO_FALLBACK);
  }

  Language language() {
    return language;
  }

  /**
   * The message {@code key} with {@code arguments} put in: numbers as the language writes them,
   * anything else (a date, a quarter, a path) as its text, so dates stay ISO ({@code 2026-12-31}).
   */
  String get(String key, Object... arguments) {
    Object[] values = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      values[i] = arguments[i] instanceof Number ? arguments[i] : String.valueOf(arguments[i]);
    }
    return new MessageFormat(patterns.getString(key), locale).format(values);
  }

  /** {@code bytes} as a person reads a file size. */
  String size(long bytes) {
    if (bytes < 1024 * 1024) {
      return get("size.kb", (bytes + 1023) / 1024);
    }
    return get("size.mb", bytes / (1024.0 * 1024.0));
  }
}
