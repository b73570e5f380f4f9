package org.hubops.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * An argument {@code hubops} cannot accept: one line saying what is wrong, in the run's language,
 * and one pointing to the command's {@code --help}, instead of the whole usage; exit code 2.
 */
final class ArgumentErrors implements CommandLine.IParameterExceptionHandler {

  private final CliText text;

  ArgumentErrors(CliText text) {
    this.text = text;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("hubops: " + message(e));
    err.println(text.get("args.hint", command.getCommandSpec().qualifiedName()));
    err.flush();
    return ExitCodes.USAGE;
  }

  private String message(ParameterException e) {
    if (e instanceof MissingParameterException missing) {
      return missing(missing.getMissing());
    }
    if (e instanceof UnmatchedArgumentException unmatched) {
      String arguments = quoted(unmatched.getUnmatched());
      String said =
          unmatched.isUnknownOption()
              ? text.get("args.unknownOption", unmatched.getUnmatched().size(), arguments)
              : text.get("args.unmatched", arguments);
      List<String> suggestions = unmatched.getSuggestions();
      return suggestions.isEmpty()
          ? said
          : said + ". " + text.get("args.suggest", String.join(", ", suggestions));
    }
    if (e instanceof OverwrittenOptionException twice) {
      return text.get("args.twice", name(twice.getOverwritten()));
    }
    if (e.getCause() instanceof TypeConversionException invalid && e.getArgSpec() != null) {
      ArgSpec arg = e.getArgSpec();
      String why = arg.type().isEnum() ? notOneOf(arg.type(), e.getValue()) : invalid.getMessage();
      return arg.isOption()
          ? text.get("args.invalidOption", ((OptionSpec) arg).longestName(), why)
          : text.get("args.invalidParameter", arg.paramLabel(), why);
    }
    // Thrown by the commands themselves, already in the run's language.
    return e.getMessage();
  }

  /** Picocli's own message for a value outside an enum is English; this one is the run's. */
  private String notOneOf(Class<?> type, String value) {
    String choices =
        Arrays.stream(type.getEnumConstants())
            .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));
    return text.get("args.notOneOf", value, choices);
  }

  private String missing(List<ArgSpec> missing) {
    String names = missing.stream().map(ArgumentErrors::name).collect(Collectors.joining(", "));
    long options = missing.stream().filter(ArgSpec::isOption).count();
    if (options == missing.size()) {
      return text.get("args.missingOptions", missing.size(), names);
    }
    if (options == 0) {
      return text.get("args.missingParameters", missing.size(), names);
    }
    return text.get("args.missing", names);
  }

  /** {@code '--quarter=1-4'} for an option, {@code 'FILE'} for a positional parameter. */
  private static String name(ArgSpec arg) {
    if (arg instanceof OptionSpec option) {
      return "'"
          + option.longestName()
          + (option.arity().max() > 0 ? "=" + arg.paramLabel() : "")
          + "'";
    }
    return "'" + arg.paramLabel() + "'";
  }

  private static String quoted(List<String> values) {
    return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
  }
}
