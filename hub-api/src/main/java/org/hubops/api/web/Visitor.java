package org.hubops.api.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hubops.api.access.Caller;
import org.hubops.api.access.Csrf;
import org.hubops.api.access.SessionCookie;
import org.hubops.model.Language;
import org.hubops.model.Role;

/**
 * Who is looking at a page: the logged-in account (none on the login page), the language their
 * {@code lang} cookie chose (Ukrainian without one: the browser's own language is not asked, since
 * most coordinators' browsers were set up in English or Russian by someone else), the CSRF token
 * their forms carry, and the address of the page, for the language switch to come back to.
 */
public record Visitor(Caller caller, WebText text, String csrf, String path) {

  public static final String LANGUAGE_COOKIE = "lang";

  /** The visitor of a page; resources take the request as {@code @Context}. */
  public static Visitor of(ContainerRequestContext request) {
    SecurityContext security = request.getSecurityContext();
    Caller caller = security != null && security.getUserPrincipal() instanceof Caller c ? c : null;
    Map<String, Cookie> cookies = request.getCookies();
    Cookie lang = cookies.get(LANGUAGE_COOKIE);
    Cookie session = cookies.get(SessionCookie.NAME);
    String csrf =
        session == null || session.getValue() == null ? "" : Csrf.tokenFor(session.getValue());
    URI uri = request.getUriInfo().getRequestUri();
    String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    return new Visitor(
        caller, WebText.in(Language.fromTag(lang == null ? null : lang.getValue())), csrf, path);
  }

  public Language language() {
    return text.language();
  }

  Optional<Caller> account() {
    return Optional.ofNullable(caller);
  }

  /** Whether the visitor may change {@code hubId}'s records: its coordinators and admins. */
  public boolean canWrite(UUID hubId) {
    return caller != null
        && (caller.is(Role.ADMIN) || (caller.is(Role.COORDINATOR) && caller.canRead(hubId)));
  }

  /**
   * Whether the visitor sees the names and phones of {@code hubId}'s participants, as the API does.
   */
  public boolean seesPersonalData(UUID hubId) {
    return caller != null && caller.canSeePersonalData(hubId);
  }

  /** Whether the visitor keeps the hub register (registers and changes hubs): staff and admins. */
  public boolean keepsRegister() {
    return caller != null && (caller.is(Role.ADMIN) || caller.is(Role.ASSOCIATION));
  }

  public String actor() {
    if (caller == null) {
      throw new IllegalStateException("No account is logged in for this request");
    }
    return caller.username();
  }
}
