package org.hubops.api.access;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.glassfish.jersey.server.ContainerRequest;
import org.hubops.api.platform.ProblemException;
import org.hubops.model.rest.Hub;

/**
 * Guards one resource method: who is calling (a bearer token, or the session cookie plus its CSRF
 * token for changes), whether their role may call it ({@link AccessRule}), and whether they may see
 * the hub its path names. The answers: 401 without a valid credential, 429 while throttled, 403 for
 * a role that may not, and 404 for a hub outside the caller's own, exactly as for a hub that does
 * not exist, so that another hub's data is not even confirmed to exist.
 */
final class AccessFilter implements ContainerRequestFilter {

  private static final String BEARER = "Bearer ";
  private static final Set<String> SAFE_METHODS =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

  private final AccessRule rule;
  private final Authenticator authenticator;
  private final Function<String, Optional<Hub>> hubs;
  private final Throttle throttle;
  private final Supplier<String> clientAddress;

  AccessFilter(
      AccessRule rule,
      Authenticator authenticator,
      Function<String, Optional<Hub>> hubs,
      Throttle throttle,
      Supplier<String> clientAddress) {
    this.rule = rule;
    this.authenticator = authenticator;
    this.hubs = hubs;
    this.throttle = throttle;
    this.clientAddress = clientAddress;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (!rule.needsLogin()) {
      // Nobody to limit to their hubs: the hub is read only if the route asks for it.
      HubPath.keep(request, () -> pathHub(request, any -> true));
      return;
    }
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    Caller caller = header != null ? byToken(header) : bySessionCookie(request);
    if (!rule.allows(caller.role(), request.getMethod())) {
      throw new ProblemException(
          403, "Forbidden", "A " + caller.role().labelEn().toLowerCase() + " may not do this");
    }
    Hub hub = pathHub(request, seen -> caller.canRead(seen.id(), seen.oblast()));
    if (hub != null) {
      HubPath.keep(request, () -> hub);
    }
    SecurityContext original = request.getSecurityContext();
    String scheme = header != null ? "Bearer" : SecurityContext.FORM_AUTH;
    request.setSecurityContext(new CallerContext(caller, original.isSecure(), scheme));
  }

  /**
   * The hub the path names, null for none; 404 when it names none that {@code visible} lets be
   * seen.
   */
  private Hub pathHub(ContainerRequestContext request, Predicate<Hub> visible) {
    String hubRef = request.getUriInfo().getPathParameters().getFirst("hubId");
    if (hubRef == null) {
      return null;
    }
    return hubs.apply(hubRef)
        .filter(visible)
        .orElseThrow(() -> ProblemException.notFound("Hub " + hubRef));
  }

  private Caller byToken(String header) {
    if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      throw Unauthorized.problem("Send the API token as: Authorization: Bearer <token>", false);
    }
    // Checked first: a valid token is never refused for what others sent from its address.
    Optional<Caller> caller = authenticator.byToken(header.substring(BEARER.length()).strip());
    if (caller.isEmpty()) {
      throttle.badCredential(address());
      throw Unauthorized.problem("The token is unknown, revoked, or its account is inactive", true);
    }
    return caller.get();
  }

  private Caller bySessionCookie(ContainerRequestContext request) {
    Cookie cookie = request.getCookies().get(SessionCookie.NAME);
    if (cookie == null || cookie.getValue() == null || cookie.getValue().isBlank()) {
      throw Unauthorized.problem(
          "Log in, or send an API token as: Authorization: Bearer <token>", false);
    }
    Optional<Caller> caller = authenticator.bySession(cookie.getValue());
    if (caller.isEmpty()) {
      throttle.badCredential(address());
      throw Unauthorized.problem("The login session has ended; log in again", false);
    }
    if (!SAFE_METHODS.contains(request.getMethod())
        && !Csrf.matches(cookie.getValue(), presentedCsrf(request))) {
      throw new ProblemException(403, "Forbidden", "The form is missing its CSRF token");
    }
    return caller.get();
  }

  /**
   * The CSRF token of a change made through the session: a header, a field of a form post, or the
   * first field of a multipart form (an upload page puts it first, so it is read without the file).
   */
  private static String presentedCsrf(ContainerRequestContext request) {
    String header = request.getHeaderString(Csrf.HEADER);
    if (header != null || !(request instanceof ContainerRequest container)) {
      return header;
    }
    if (MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(request.getMediaType())) {
      return MultipartCsrf.firstField(container);
    }
    if (!MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(request.getMediaType())) {
      return null;
    }
    // Buffered, so the resource can still read the form after the filter has.
    container.bufferEntity();
    return container.readEntity(Form.class).asMap().getFirst(Csrf.FORM_FIELD);
  }

  private String address() {
    return clientAddress.get();
  }
}
