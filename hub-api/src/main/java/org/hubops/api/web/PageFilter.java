package org.hubops.api.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.util.List;
import org.glassfish.jersey.server.ContainerRequest;
import org.hubops.model.rest.Problem;

/**
 * Everything outside {@code /api} is a page for a browser. This filter gives those answers their
 * security headers and turns the API's problem+json refusals, which the access filter and the
 * services throw for pages too, into what a person can use: the login page instead of a 401, and an
 * HTML error page (in the visitor's language, with the same status) for the rest.
 */
public final class PageFilter implements ContainerResponseFilter {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

  private final HeldForms held;

  public PageFilter(HeldForms held) {
    this.held = held;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String path = request.getUriInfo().getPath();
    if (path.startsWith("api/") || path.equals("api")) {
      return;
    }
    MultivaluedMap<String, Object> headers = response.getHeaders();
    headers.putSingle("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    headers.putSingle("X-Frame-Options", "DENY");
    headers.putSingle("X-Content-Type-Options", "nosniff");
    headers.putSingle("Referrer-Policy", "same-origin");
    // Pages show personal data: no copy stays in a shared library PC's cache or back button.
    headers.putIfAbsent(HttpHeaders.CACHE_CONTROL, List.of("no-store"));
    if (response.getEntity() instanceof Problem problem) {
      asPage(request, response, problem);
    } else if (MediaType.TEXT_HTML_TYPE.equals(response.getMediaType())) {
      headers.putSingle(HttpHeaders.CONTENT_TYPE, HTML);
    }
  }

  private void asPage(
      ContainerRequestContext request, ContainerResponseContext response, Problem problem) {
    MultivaluedMap<String, Object> headers = response.getHeaders();
    headers.remove(HttpHeaders.WWW_AUTHENTICATE);
    if (problem.status() == 401) {
      // Not logged in (or the session ended): log in, then come back to a page that was asked for.
      boolean reading = HttpMethod.GET.equals(request.getMethod());
      String back = reading ? request.getUriInfo().getRequestUri().getRawPath() : null;
      String query = request.getUriInfo().getRequestUri().getRawQuery();
      if (back != null && query != null) {
        back += "?" + query;
      }
      if (!reading) {
        back = hold(request, response);
      }
      response.setStatus(303);
      headers.putSingle(
          HttpHeaders.LOCATION,
          URI.create(back == null ? Paths.LOGIN : Paths.LOGIN + "?next=" + Paths.encode(back)));
      response.setEntity(null);
      headers.remove(HttpHeaders.CONTENT_TYPE);
      return;
    }
    Visitor visitor = Visitor.of(request);
    response.setEntity(new ErrorView(visitor, problem), new Annotation[0], HTML);
  }

  /**
   * A session form sent after its login ended is kept for this browser, and the login leads back to
   * the form filled in again; answers the page to go to after logging in, or null.
   */
  private String hold(ContainerRequestContext request, ContainerResponseContext response) {
    String path = request.getUriInfo().getRequestUri().getRawPath();
    if (!HttpMethod.POST.equals(request.getMethod())
        || !HeldForms.holds(path)
        || !sameSite(request)
        || !MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(request.getMediaType())
        || !(request instanceof ContainerRequest container)) {
      return null;
    }
    MultivaluedMap<String, String> fields;
    try {
      container.bufferEntity();
      fields = container.readEntity(Form.class).asMap();
    } catch (RuntimeException unreadable) {
      return null; // nothing worth keeping arrived
    }
    response.getHeaders().add(HttpHeaders.SET_COOKIE, held.keep(path, fields));
    return HeldForms.formPage(path);
  }

  /** Posted by a page of this site, by what the browser says (it sends both on a form post). */
  private static boolean sameSite(ContainerRequestContext request) {
    String site = request.getHeaderString("Sec-Fetch-Site");
    if (site != null) {
      return site.equals("same-origin");
    }
    String origin = request.getHeaderString("Origin");
    URI base = request.getUriInfo().getBaseUri();
    return origin != null && origin.equals(base.getScheme() + "://" + base.getAuthority());
  }
}
