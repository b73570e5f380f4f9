package org.hubops.api.platform;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.DataSize;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code requestLimits} in the configuration: how large a request body may be, by its media type.
 * JSON records are small (a session with 500 attendees is about 60 KB), so anything far larger is a
 * mistake or an attack and is refused before it fills memory; uploads of a quarter's workbook need
 * more room.
 */
public final class RequestLimits {

  /** A quarter of one hub's sessions as a workbook or CSV stays well below this. */
  private static final DataSize UPLOAD_DEFAULT = DataSize.mebibytes(32);

  @NotNull private DataSize defaultMax = DataSize.mebibytes(1);

  @NotNull private Map<String, DataSize> byMediaType = defaultUploads();

  @JsonProperty
  public DataSize getDefaultMax() {
    return defaultMax;
  }

  @JsonProperty
  public void setDefaultMax(DataSize defaultMax) {
    this.defaultMax = defaultMax;
  }

  @JsonProperty
  public Map<String, DataSize> getByMediaType() {
    return byMediaType;
  }

  /** Replaces the whole table: a configuration lists every upload type it accepts. */
  @JsonProperty
  public void setByMediaType(Map<String, DataSize> byMediaType) {
    Map<String, DataSize> normalized = new LinkedHashMap<>();
    byMediaType.forEach((type, size) -> normalized.put(baseType(type), size));
    this.byMediaType = normalized;
  }

  /** The most bytes a body of {@code contentType} (with or without parameters) may have. */
  public long maxBytes(String contentType) {
    DataSize limit = contentType == null ? null : byMediaType.get(baseType(contentType));
    return (limit == null ? defaultMax : limit).toBytes();
  }

  /** {@code Multipart/Form-Data; boundary=x} is {@code multipart/form-data}. */
  private static String baseType(String contentType) {
    int semicolon = contentType.indexOf(';');
    String base = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return base.strip().toLowerCase(Locale.ROOT);
  }

  private static Map<String, DataSize> defaultUploads() {
    Map<String, DataSize> uploads = new LinkedHashMap<>();
    uploads.put("multipart/form-data", UPLOAD_DEFAULT);
    uploads.put("text/csv", UPLOAD_DEFAULT);
    uploads.put(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", UPLOAD_DEFAULT);
    return uploads;
  }
}
