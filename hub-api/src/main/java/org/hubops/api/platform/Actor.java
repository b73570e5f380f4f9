package org.hubops.api.platform;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** Who is making a request, for {@code created_by}, history entries and the audit trail. */
public final class Actor {

  private Actor() {}

  /**
   * The username of the account behind the request. Every route that writes requires a login, so a
   * request without one reaching a write is a wiring mistake, refused rather than stored as nobody.
   */
  public static String of(SecurityContext context) {
    Principal principal = context == null ? null : context.getUserPrincipal();
    if (principal == null) {
      throw new IllegalStateException("No account is logged in for this request");
    }
    return principal.getName();
  }

  /** The actor for work an operator starts from the shell, such as {@code add-account}. */
  public static String operator() {
    return "shell:" + System.getProperty("user.name", "unknown");
  }
}
