package org.hubops.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place a failed command becomes a message and an exit code: a {@link CliFailure} says what
 * went wrong in words; anything else is reported briefly as unexpected, without a stack trace
 * unless {@code HUBOPS_DEBUG} is set.
 */
final class FailureHandler implements IExecutionExceptionHandler {

  private final boolean debug;

  FailureHandler(boolean debug) {
    this.debug = debug;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    int code;
    if (e instanceof CliFailure failure) {
      err.println("hubops: " + failure.getMessage());
      code = failure.exitCode();
    } else if (e instanceof UncheckedIOException broken) {
      err.println("hubops: the answer from the service broke off: " + broken.getCause());
      code = ExitCodes.FAILED;
    } else {
      err.println("hubops: unexpected error: " + e);
      code = ExitCodes.FAILED;
    }
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }
}
