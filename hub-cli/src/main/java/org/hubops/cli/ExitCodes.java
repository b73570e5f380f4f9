package org.hubops.cli;

/**
 * What {@code hubops} exits with, so scripts can tell a problem they can fix from one they cannot.
 * The same list is in {@code hubops --help}, every command's {@code --help} and {@code
 * docs/cli.md}.
 */
final class ExitCodes {

  static final int OK = 0;

  /** The service failed (5xx) or answered something unreadable; the message says what. */
  static final int FAILED = 1;

  /** Arguments that cannot be accepted (picocli's own code for them). */
  static final int USAGE = 2;

  static final int UNREACHABLE = 3;

  /** 401 or 403: no token, a wrong or revoked token, or a role that may not do this. */
  static final int NOT_AUTHORIZED = 4;

  /** 404: e.g. no hub with that code. */
  static final int NOT_FOUND = 5;

  /**
   * 422 or 409: the service refused the request, e.g. a quarter that has not started, or reminders
   * while it sends no e-mail.
   */
  static final int REFUSED = 6;

  static final int CANNOT_WRITE = 7;

  private ExitCodes() {}
}
