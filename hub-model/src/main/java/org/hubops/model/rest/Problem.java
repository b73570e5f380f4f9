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
   * One field at fault. For an uploaded spreadsheet it also names the cell as a person sees it in
   * Excel or LibreOffice; those parts are left out of the JSON for a plain request.
   *
   * @param field path of the field in the request, e.g. {@code attendees[3].ageBand}, or the cell
   *     of an uploaded file, e.g. {@code Sessions!C5}
   * @param sheet the sheet (or CSV file) at fault
   * @param row 1-based row number, the header row being row 1
   * @param column column letter, e.g. {@code C}
   * @param header the column's header, e.g. {@code Start}
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FieldError(
      String field, String message, String sheet, Integer row, String column, String header) {

    /** An error in a field of a JSON request. */
    public FieldError(String field, String message) {
      this(field, message, null, null, null, null);
    }
  }
}
