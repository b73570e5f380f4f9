package org.hubops.api.access;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** The security context of a request whose caller was authenticated by {@link AccessFilter}. */
record CallerContext(Caller caller, boolean secure, String scheme) implements SecurityContext {

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
