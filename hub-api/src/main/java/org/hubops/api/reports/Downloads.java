package org.hubops.api.reports;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import java.util.function.Supplier;
import org.hubops.api.platform.RequestLanguage;
import org.hubops.api.platform.Violations;
import org.hubops.model.Language;
import org.hubops.model.rest.MediaTypes;

/** How reports are answered: the JSON dataset, or a workbook to save, chosen by {@code Accept}. */
public final class Downloads {

  public static final String XLSX = MediaTypes.XLSX;

  private static final MediaType XLSX_TYPE = MediaType.valueOf(XLSX);

  private Downloads() {}

  /**
   * {@code ?lang=&format=} and the {@code Accept} header of a report route, taken as one {@code
   * BeanParam}: in which language the workbook is written and whether it is the workbook or the
   * JSON dataset that is answered.
   */
  // The API description reads a bean's parameters from the properties Jackson sees: its fields.
  @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
  public static final class Form {

    @QueryParam("lang")
    private String lang;

    @QueryParam("format")
    private String format;

    @Context private HttpHeaders headers;

    /** {@code uk} or {@code en}; the request's {@code Accept-Language} when not given. */
    public Language language(Violations violations) {
      Language fallback = RequestLanguage.of(headers);
      if (lang == null || lang.isBlank()) {
        return fallback;
      }
      String tag = lang.strip().toLowerCase(Locale.ROOT);
      if (!tag.equals("uk") && !tag.equals("en")) {
        violations.add("lang", "validation.unknownValue", "uk, en");
        return fallback;
      }
      return Language.fromTag(tag);
    }

    /** The workbook under {@code fileName} when the client wants it, else the JSON dataset. */
    public Response answer(
        String fileName, StreamingOutput workbook, Supplier<Response.ResponseBuilder> json) {
      return wantsWorkbook(headers, format) ? workbook(fileName, workbook) : json.get().build();
    }
  }

  /**
   * Whether the client wants the workbook: {@code ?format=xlsx} (a link in a page cannot set {@code
   * Accept}), or naming the workbook type before JSON or a wildcard; otherwise JSON, so a plain
   * {@code curl} gets the dataset.
   */
  static boolean wantsWorkbook(HttpHeaders headers, String format) {
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
  static Response workbook(String fileName, StreamingOutput body) {
    return Response.ok(body, XLSX)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .build();
  }

  /** A JSON array streamed as it is read from the database. */
  static Response jsonStream(StreamingOutput body) {
    return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
  }
}
