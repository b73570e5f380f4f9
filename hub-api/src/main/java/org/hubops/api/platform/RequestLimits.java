package org.hubops.api.platform;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.DataSize;
import jakarta.validation.constraints.NotNull;

/**
 * {@code requestLimits} in the configuration: how large a request body may be. JSON records and
 * form posts are small (a session with 500 attendees is about 60 KB), so anything far larger is a
 * mistake or an attack and is refused before it fills memory; the routes marked {@link
 * UploadEndpoint} (spreadsheet imports, from the API and from the pages) take a quarter's workbook.
 */
public final class RequestLimits {

  @NotNull private DataSize defaultMax = DataSize.mebibytes(1);

  /** Ten thousand sessions with their attendees are a few megabytes as .xlsx or CSV. */
  @NotNull private DataSize uploadMax = DataSize.mebibytes(25);

  @JsonProperty
  public DataSize getDefaultMax() {
    return defaultMax;
  }

  @JsonProperty
  public void setDefaultMax(DataSize defaultMax) {
    this.defaultMax = defaultMax;
  }

  @JsonProperty
  public DataSize getUploadMax() {
    return uploadMax;
  }

  @JsonProperty
  public void setUploadMax(DataSize uploadMax) {
    this.uploadMax = uploadMax;
  }

  /** The most bytes a body may have: on an upload route, or on any other. */
  public long maxBytes(boolean upload) {
    return (upload ? uploadMax : defaultMax).toBytes();
  }
}
