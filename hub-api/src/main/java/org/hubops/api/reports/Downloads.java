package org.hubops.api.reports;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.hubops.model.rest.MediaTypes;

/** How reports are answered: the JSON dataset, or a workbook to save, chosen by {@code Accept}. */
public final class Downloads {

  public static final String XLSX = MediaTypes.XLSX;

  private static final MediaType XLSX_TYPE = MediaType.valueOf(XLSX);

  private Downloads() {}

  /**
   * Whether the client wants the workbook: {@code ?format=xlsx} (a link in a page cannot set {@code
   * Accept}), or naming the workbook type before JSON or a wildcard; otherwise JSON, so a plain
   * {@code curl} gets the dataset.
   */
  public static boolean wantsWorkbook(HttpHeaders headers, String format) {
    if ("xlsx".equalsIgnoreCase(format)) {
      return true;
    }
    for (MediaType type : headers.getAcceptableMediaTypes()) {
      if (type.isWildcardType() || type.isWildcardSubtype()) {
        return false;
      }
      if (XLSX_TYPE.isCompatible(type)) {
        return true;
      }
      if (MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
        return false;
      }
    }
    return false;
  }

  /** A workbook streamed as it is written, saved under {@code fileName} by browsers. */
  public static Response workbook(String fileName, StreamingOutput body) {
    return Response.ok(body, XLSX)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .build();
  }

  /** A JSON array streamed as it is read from the database. */
  static Response jsonStream(StreamingOutput body) {
    return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
  }
}
