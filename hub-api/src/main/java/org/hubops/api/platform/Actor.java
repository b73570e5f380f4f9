package org.hubops.api.platform;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** Who is making a request, for {@code created_by} and history entries. */
public final class Actor {

  /** Until accounts exist, writes are made by nobody in particular. */
  public static final String ANONYMOUS = "anonymous";

  private Actor() {}

  public static String of(SecurityContext context) {
    Principal principal = context == null ? null : context.getUserPrincipal();
    return principal == null ? ANONYMOUS : principal.getName();
  }
}
