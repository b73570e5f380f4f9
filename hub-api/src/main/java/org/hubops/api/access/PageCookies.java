package org.hubops.api.access;

import jakarta.ws.rs.core.NewCookie;

/** The cookies the pages set. */
public final class PageCookies {

  private PageCookies() {}

  /** A cookie of the pages: whole site, HttpOnly, same-site Lax. */
  public static NewCookie of(String name, String value, int maxAge, boolean secure) {
    return new NewCookie.Builder(name)
        .value(value)
        .path("/")
        .maxAge(maxAge)
        .httpOnly(true)
        .secure(secure)
        .sameSite(NewCookie.SameSite.LAX)
        .build();
  }
}
