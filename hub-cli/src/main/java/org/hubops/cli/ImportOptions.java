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
          "Messages, the service's about the file among them, in Ukrainian (uk, the default) or"
              + " English (en); default $HUBOPS_LANG.")
  Language language;

  @Option(
      names = "--list",
      description = "Also print one line per record: its row, reference, what happened, its id.")
  boolean list;
}
