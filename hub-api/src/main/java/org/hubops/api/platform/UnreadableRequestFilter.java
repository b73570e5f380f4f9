package org.hubops.api.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import org.hubops.model.rest.Problem.FieldError;

/**
 * The one place where what every route reads from a request (its language and media-type headers,
 * its query string) is made safe to read, before any route, page or view reads it:
 *
 * <ul>
 *   <li>a malformed {@code Accept-Language} ({@code en;q=2}, {@code ,,,}) is dropped, as if it had
 *       not been sent: a browser sends it unasked, and views, messages and problems all read it, so
 *       it must not cost anyone a page;
 *   <li>a malformed {@code Accept} is a 400 naming it: it decides what comes back, so guessing
 *       would be wrong;
 *   <li>a query string that does not decode, or a parameter holding U+0000, is refused (400 or 422
 *       naming the parameter): PostgreSQL cannot compare text holding NUL and fails the statement,
 *       which would be a 500 on every route with a text filter.
 * </ul>
 */
@PreMatching
@Priority(0) // before every other filter: the access filter's 401 is written with these headers
public final class UnreadableRequestFilter implements ContainerRequestFilter {

  private static final char NUL = '\u0000';

  @Override
  public void filter(ContainerRequestContext request) {
    if (!readable(request::getAcceptableLanguages)) {
      request.getHeaders().remove(HttpHeaders.ACCEPT_LANGUAGE);
    }
    if (!readable(request::getAcceptableMediaTypes)) {
      // Removed, so that the refusal itself can be written.
      request.getHeaders().remove(HttpHeaders.ACCEPT);
      Messages messages = Messages.in(RequestLanguage.of(request.getAcceptableLanguages()));
      throw new ProblemException(
          400,
          "Malformed header",
          "The Accept header cannot be read",
          List.of(
              new FieldError(
                  HttpHeaders.ACCEPT,
                  messages.get("validation.badFormat", "type/subtype;q=0.5, …"))));
    }
    MultivaluedMap<String, String> query;
    try {
      query = request.getUriInfo().getQueryParameters();
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          400, "Malformed query", "The query string is not valid percent-encoded UTF-8");
    }
    Violations violations =
        new Violations(Messages.in(RequestLanguage.of(request.getAcceptableLanguages())));
    for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
      String name = parameter.getKey();
      if (name.indexOf(NUL) >= 0
          || parameter.getValue().stream().anyMatch(v -> v.indexOf(NUL) >= 0)) {
        violations.add(name.replace(NUL, '?'), "validation.nulCharacter");
      }
    }
    violations.throwIfAny();
  }

  private static boolean readable(Runnable read) {
    try {
      read.run();
      return true;
    } catch (RuntimeException malformed) {
      return false;
    }
  }
}
