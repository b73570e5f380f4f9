package org.hubops.api.access;

import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;

/**
 * The browser's login session cookie: HttpOnly (scripts cannot read it), SameSite=Lax (other sites
 * cannot send it with their forms) and Secure unless configured off for plain-HTTP development.
 */
public final class SessionCookie {

  public static final String NAME = "hubops_session";

  private SessionCookie() {}

  /**
   * The cookie of a login: kept for {@code lifetime}, or with {@code null} only until the browser
   * closes (no Max-Age), so that a shared PC forgets it.
   */
  public static NewCookie issue(String sessionId, Duration lifetime, boolean secure) {
    return cookie(
        sessionId,
        lifetime == null ? NewCookie.DEFAULT_MAX_AGE : (int) lifetime.toSeconds(),
        secure);
  }

  /** Tells the browser to forget the cookie. */
  public static NewCookie expire(boolean secure) {
    return cookie("", 0, secure);
  }

  private static NewCookie cookie(String value, int maxAge, boolean secure) {
    return PageCookies.of(NAME, value, maxAge, secure);
  }
}
