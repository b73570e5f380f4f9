package org.hubops.api.platform;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;

/**
 * Jersey's own refusals (no such path, wrong method, unsupported media type, a path id that is not
 * a UUID) as problem+json with the same status, not Jetty's HTML page.
 */
public final class WebErrorMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    int status = original.getStatus();
    Response.StatusType type = Response.Status.fromStatusCode(status);
    String title = type == null ? "Error" : type.getReasonPhrase();
    Response problem = Problems.response(status, title, title, List.of());
    // Keep what the client needs from the original answer, such as Allow on a 405.
    original
        .getHeaders()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase("Content-Type")
                  && !name.equalsIgnoreCase("Content-Length")) {
                problem.getHeaders().put(name, values);
              }
            });
    return problem;
  }
}
