package org.hubops.api.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.hubops.api.access.Caller;
import org.hubops.api.access.ClientAddress;
import org.hubops.api.access.Throttle;
import org.hubops.api.access.Unauthorized;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logging in with a password, as both the JSON login and the login page do it: throttled per
 * address and per username, failures logged without the name, and a new login session on success.
 */
public record SignIn(
    AccountCredentials credentials, Throttle throttle, ClientAddress clientAddress) {

  private static final Logger LOG = LoggerFactory.getLogger(SignIn.class);

  /** A login that succeeded: who it is, and the session id that goes into the cookie. */
  public record Started(Caller caller, String sessionId, boolean remembered) {}

  /**
   * Checks the password and starts a session.
   *
   * @throws org.hubops.api.platform.ProblemException 401 for a wrong username or password, 429
   *     while the address or username is locked out
   */
  public Started start(
      String username, String password, boolean remember, HttpServletRequest request) {
    String address = clientAddress.of(request);
    // Counted before it is checked, so that parallel guesses cannot all pass under the limit.
    Throttle.Attempt attempt = throttle.beginLogin(address, username);
    Caller caller =
        credentials
            .byPassword(username, password)
            .orElseThrow(
                () -> {
                  // The address only: a mistyped password is often typed into the username box.
                  LOG.info("Failed login from {}", address);
                  attempt.failed();
                  return Unauthorized.problem("Wrong username or password", false);
                });
    attempt.succeeded();
    return new Started(caller, credentials.startSession(caller, remember), remember);
  }

  /**
   * Whether {@code password} is the account's own, counted like a login: a login left open on a
   * shared PC cannot be used to guess it (a person changing their password types it first).
   *
   * @throws org.hubops.api.platform.ProblemException 429 while the address or username is locked
   *     out
   */
  public boolean isPasswordOf(String username, String password, HttpServletRequest request) {
    Throttle.Attempt attempt = throttle.beginLogin(clientAddress.of(request), username);
    boolean right = credentials.byPassword(username, password).isPresent();
    if (right) {
      attempt.succeeded();
    } else {
      attempt.failed();
    }
    return right;
  }
}
