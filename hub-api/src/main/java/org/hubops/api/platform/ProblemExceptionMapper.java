package org.hubops.api.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Answers a {@link ProblemException} as problem+json with its status. */
public final class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

  @Override
  public Response toResponse(ProblemException exception) {
    Response response =
        Problems.response(
            exception.status(), exception.title(), exception.getMessage(), exception.errors());
    exception.headers().forEach((name, value) -> response.getHeaders().putSingle(name, value));
    return response;
  }
}
