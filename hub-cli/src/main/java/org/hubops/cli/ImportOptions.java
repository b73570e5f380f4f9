package org.hubops.cli;

import org.hubops.model.Language;
import picocli.CommandLine.Option;

/** What every import command takes besides its files. */
final class ImportOptions {

  @Option(
      names = "--dry-run",
      description = "Check the file and say what would be stored, but store nothing.")
  boolean dryRun;

  @Option(
      names = "--lang",
      paramLabel = "uk|en",
      defaultValue = "uk",
      description =
          "The service's messages about the file in Ukrainian (uk, the default) or English (en).")
  Language language;

  @Option(
      names = "--list",
      description = "Also print one line per record: its row, reference, what happened, its id.")
  boolean list;
}
