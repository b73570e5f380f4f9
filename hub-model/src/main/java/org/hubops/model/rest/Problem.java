package org.hubops.model.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An error, as {@code application/problem+json} (RFC 9457).
 *
 * @param errors for bad input: every field at fault, e.g. {@code attendees[3].ageBand}
 * @param errorId for server errors: the id under which the log holds the details
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors, String errorId) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /**
   * One field at fault.
   *
   * @param field path of the field in the request, e.g. {@code attendees[3].ageBand}
   */
  public record FieldError(String field, String message) {}
}
