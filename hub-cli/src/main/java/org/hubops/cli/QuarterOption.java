package org.hubops.cli;

import org.hubops.model.Quarter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --year} and {@code --quarter}, for every command about one quarter. The quarter may also
 * be written whole, {@code --quarter 2026-Q3}, as the service and the pages write it; then {@code
 * --year} may be left out.
 */
final class QuarterOption {

  @Option(
      names = "--year",
      paramLabel = "YYYY",
      description = "e.g. 2026 (not needed when --quarter is written whole)")
  Integer year;

  @Option(
      names = "--quarter",
      required = true,
      paramLabel = "1-4",
      description = "1 to 4, or the whole quarter, e.g. 2026-Q3")
  String quarter;

  /** The quarter asked for; one that cannot be is a usage error naming the option. */
  Quarter quarter(CommandSpec spec) {
    CliText text = HubOps.text(spec);
    Quarter whole = whole(quarter);
    if (whole != null) {
      if (year != null && year != whole.year()) {
        throw new ParameterException(
            spec.commandLine(), text.get("args.yearDisagrees", year, whole.toString()));
      }
      return whole;
    }
    int number;
    try {
      number = Converters.wholeNumber(quarter, text);
    } catch (RuntimeException e) {
      throw new ParameterException(
          spec.commandLine(), text.get("args.notAQuarter", quarter.strip()));
    }
    if (number < 1 || number > 4) {
      throw new ParameterException(spec.commandLine(), text.get("args.quarter", number));
    }
    if (year == null) {
      throw new ParameterException(spec.commandLine(), text.get("args.yearMissing", number));
    }
    if (year < 2000 || year > 2999) {
      throw new ParameterException(spec.commandLine(), text.get("args.year", year));
    }
    return Quarter.of(year, number);
  }

  private static Quarter whole(String text) {
    try {
      return Quarter.parse(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
