package org.hubops.cli;

import org.hubops.model.Quarter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --year} and {@code --quarter}, for every command about one quarter. */
final class QuarterOption {

  @Option(names = "--year", required = true, paramLabel = "YYYY", description = "e.g. 2026")
  int year;

  @Option(names = "--quarter", required = true, paramLabel = "1-4", description = "1 to 4")
  int quarter;

  /** The quarter asked for; one that cannot be is a usage error naming the option. */
  Quarter quarter(CommandSpec spec) {
    CliText text = HubOps.text(spec);
    if (quarter < 1 || quarter > 4) {
      throw new ParameterException(spec.commandLine(), text.get("args.quarter", quarter));
    }
    if (year < 2000 || year > 2999) {
      throw new ParameterException(spec.commandLine(), text.get("args.year", year));
    }
    return Quarter.of(year, quarter);
  }
}
