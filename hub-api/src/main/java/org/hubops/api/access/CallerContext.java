package org.hubops.api.access;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** The security context of a request whose caller was authenticated by {@link AccessFilter}. */
final class CallerContext implements SecurityContext {

  private final Caller caller;
  private final boolean secure;
  private final String scheme;

  CallerContext(Caller caller, boolean secure, String scheme) {
    this.caller = caller;
    this.secure = secure;
    this.scheme = scheme;
  }

  @Override
  public Principal getUserPrincipal() {
    return caller;
  }

  @Override
  public boolean isUserInRole(String role) {
    return caller.role().name().equals(role);
  }

  @Override
  public boolean isSecure() {
    return secure;
  }

  @Override
  public String getAuthenticationScheme() {
    return scheme;
  }
}
