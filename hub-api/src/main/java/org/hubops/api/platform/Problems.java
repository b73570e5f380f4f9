package org.hubops.api.platform;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hubops.model.rest.Problem;
import org.hubops.model.rest.Problem.FieldError;

/** Builds problem+json responses, so every error of the API has the same shape. */
final class Problems {

  private Problems() {}

  static Response response(int status, String title, String detail, List<FieldError> errors) {
    return response(new Problem("about:blank", title, status, detail, errors, null));
  }

  static Response response(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }
}
