package org.hubops.cli;

import org.hubops.model.Language;
import picocli.CommandLine.Option;

/** {@code --lang uk|en}: the workbook's labels. */
final class LanguageOption {

  @Option(
      names = "--lang",
      paramLabel = "uk|en",
      defaultValue = "uk",
      description = "Labels in Ukrainian (uk, the default) or English (en).")
  Language language;
}
