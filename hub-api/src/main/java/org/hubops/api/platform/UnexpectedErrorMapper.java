package org.hubops.api.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.UUID;
import org.hubops.model.rest.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort: a 500 whose body carries only an error id; the log has the rest under that id.
 * SQL text, stack traces and data never reach the client.
 */
public final class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorMapper.class);

  @Override
  public Response toResponse(Throwable exception) {
    if (DatabaseUnavailable.isCause(exception)) {
      return Problems.response(
          new Problem(
              "about:blank",
              "Service unavailable",
              503,
              "The database cannot be reached; try again in a minute",
              null,
              null));
    }
    String errorId = UUID.randomUUID().toString();
    LOG.error("Unexpected error {}", errorId, exception);
    return Problems.response(
        new Problem(
            "about:blank",
            "Internal server error",
            500,
            "Something went wrong on our side; quote error id " + errorId + " when reporting it",
            null,
            errorId));
  }
}
