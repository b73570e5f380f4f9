package org.hubops.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hubops.client.HubClientException;
import org.hubops.client.ProblemException;
import org.hubops.client.UnreachableException;
import org.hubops.client.UnreadableFileException;
import org.hubops.model.rest.Problem;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The one place a failed command becomes a message and an exit code, in the run's language: a
 * {@link CliFailure} says what went wrong in words; the client's failures are told by kind, a
 * refusal with the service's own explanation (asked for in the same language); anything else is
 * reported briefly as unexpected, without a stack trace unless {@code HUBOPS_DEBUG} is set.
 */
final class FailureHandler implements IExecutionExceptionHandler {

  private final CliText text;
  private final boolean debug;

  FailureHandler(CliText text, boolean debug) {
    this.text = text;
    this.debug = debug;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    CliFailure failure = failure(e, text, command.getCommandSpec());
    err.println("hubops: " + failure.getMessage());
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return failure.exitCode();
  }

  /** {@code e}, thrown by the command of {@code spec}, as a message and an exit code. */
  static CliFailure failure(Exception e, CliText text, CommandSpec spec) {
    if (e instanceof CliFailure failure) {
      return failure;
    }
    if (e instanceof ProblemException refused) {
      return refusal(refused, text, spec);
    }
    if (e instanceof UnreachableException unreachable) {
      return new CliFailure(
          ExitCodes.UNREACHABLE, text.get("service.unreachable", unreachable.base()), e);
    }
    if (e instanceof UnreadableFileException unreadable) {
      return new CliFailure(
          ExitCodes.USAGE,
          text.get("file.cannotRead", unreadable.file(), unreadable.reason().name()),
          e);
    }
    if (e instanceof UncheckedIOException broken) {
      return new CliFailure(ExitCodes.FAILED, text.get("service.brokeOff", reason(broken)), e);
    }
    if (e instanceof HubClientException failed) {
      return new CliFailure(ExitCodes.FAILED, text.get("service.requestFailed", reason(failed)), e);
    }
    return new CliFailure(
        ExitCodes.FAILED, text.get("unexpected", e.getClass().getSimpleName()), e);
  }

  /**
   * The service said no to the command of {@code spec}: explain it in its own words, with the exit
   * code for its status. A hub that is not found is named by the command itself, since the
   * service's 404 says it in English only.
   */
  static CliFailure refusal(ProblemException refused, CliText text, CommandSpec spec) {
    int status = refused.status();
    String said = explanation(refused, text);
    OptionSpec hub = spec.findOption("--hub");
    if (status == 404 && hub != null && hub.getValue() != null) {
      return new CliFailure(
          ExitCodes.NOT_FOUND,
          text.get("service.hubNotFound", hub.<String>getValue().strip()),
          refused);
    }
    return switch (status) {
      case 401 ->
          new CliFailure(
              ExitCodes.NOT_AUTHORIZED,
              text.get(hasToken(spec) ? "service.tokenRefused" : "service.noToken") + said,
              refused);
      case 403 ->
          new CliFailure(ExitCodes.NOT_AUTHORIZED, text.get("service.forbidden") + said, refused);
      case 404 -> new CliFailure(ExitCodes.NOT_FOUND, text.get("service.notFound") + said, refused);
      // 409: a conflict with the service's state (a locked quarter, reminders switched off).
      case 400, 409, 413, 422 ->
          new CliFailure(ExitCodes.REFUSED, text.get("service.refused", status) + said, refused);
      default ->
          new CliFailure(ExitCodes.FAILED, text.get("service.failed", status) + said, refused);
    };
  }

  /** The service lists at most this many problems of a file; past it, its detail says how many. */
  private static final int LISTED_AT_MOST = 1000;

  /** What the service's answer names as the file as a whole, not one of its cells. */
  private static final String WHOLE_FILE = "file";

  private static String explanation(ProblemException refused, CliText text) {
    StringBuilder said = new StringBuilder();
    boolean ofAFile =
        refused.errors().stream()
            .anyMatch(error -> error.sheet() != null || WHOLE_FILE.equals(error.field()));
    if (ofAFile && refused.errors().size() < LISTED_AT_MOST) {
      // Counted here, with the language's plural rules ("1 помилка", "5 помилок").
      said.append(' ').append(text.get("import.problems", refused.errors().size()));
    } else if (refused.detail() != null) {
      said.append(' ').append(refused.detail());
    }
    for (Problem.FieldError error : refused.errors()) {
      said.append("\n  ");
      if (!(error.sheet() == null && WHOLE_FILE.equals(error.field()))) {
        said.append(where(error, text)).append(": ");
      }
      said.append(error.message());
    }
    if (refused.errorId() != null) {
      said.append(' ').append(text.get("service.errorId", refused.errorId()));
    }
    return said.toString();
  }

  /**
   * Where an error is, as a person finds it: a file's {@code sheet, row R, column C (header)} with
   * whatever parts it has (a CSV's sheet is its file name; a missing header has no column), else
   * the request field it names.
   */
  static String where(Problem.FieldError error, CliText text) {
    List<String> parts = new ArrayList<>();
    if (error.sheet() != null) {
      parts.add(error.sheet());
    }
    if (error.row() != null) {
      parts.add(text.get("place.row", error.row()));
    }
    if (error.column() != null) {
      parts.add(text.get("place.column", error.column()));
    }
    String place =
        parts.isEmpty()
            ? Objects.requireNonNullElse(error.field(), text.get("place.request"))
            : String.join(", ", parts);
    if (error.header() != null && !error.header().isBlank()) {
      place += " (" + error.header() + ")";
    }
    return place;
  }

  /** What broke, in a few words: the innermost cause's own message, else its kind. */
  private static String reason(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }

  private static boolean hasToken(CommandSpec spec) {
    return spec.mixins().values().stream()
        .map(CommandSpec::userObject)
        .anyMatch(mixin -> mixin instanceof ServerOptions server && server.token() != null);
  }
}
