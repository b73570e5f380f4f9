package org.hubops.api.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hubops.model.rest.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort. Failures that are the client's or the moment's (a body over its limit, the
 * database away, two transactions in each other's way) get their own 4xx/503; anything else is a
 * 500 whose body carries only an error id, the log having the rest under that id. SQL text, stack
 * traces and data never reach the client.
 */
public final class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorMapper.class);
  private static final int RETRY_AFTER_SECONDS = 5;

  /** An overload passes in moments: a client spreading its retries over 1 to 2 s gets through. */
  private static final int BUSY_RETRY_AFTER_SECONDS = 1;

  /** The title of an overload's 503, by which the pages tell "busy" from "database away". */
  public static final String BUSY_TITLE = "Service busy";

  @Override
  public Response toResponse(Throwable exception) {
    Optional<BodyTooLarge> tooLarge = Causes.find(exception, BodyTooLarge.class);
    if (tooLarge.isPresent()) {
      return Problems.response(413, "Content too large", tooLarge.get().detail(), List.of());
    }
    if (DatabaseUnavailable.isOverload(exception)) {
      return unavailable(
          BUSY_TITLE,
          "The service is busy with other requests; try again in a moment",
          BUSY_RETRY_AFTER_SECONDS);
    }
    if (DatabaseUnavailable.isCause(exception)) {
      // Clients that honour Retry-After come back when the database has likely restarted.
      return unavailable(
          "Service unavailable",
          "The database cannot be reached; try again in a minute",
          RETRY_AFTER_SECONDS);
    }
    if (DatabaseConflict.isCause(exception)) {
      LOG.info("Concurrent transactions collided; the client is told to retry", exception);
      return Problems.response(
          409,
          "Concurrent change",
          "Someone else was changing the same records at the same moment; send it again",
          List.of());
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

  private static Response unavailable(String title, String detail, int retryAfterSeconds) {
    return Response.fromResponse(Problems.response(503, title, detail, List.of()))
        .header("Retry-After", retryAfterSeconds)
        .build();
  }
}
