package org.hubops.api.imports;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;

/** A multipart form upload, as a browser's file input or the CLI sends it. */
final class Multipart {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final String boundary = "hubops-" + UUID.randomUUID();
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();

  /** Adds a file in the form field {@code field}. */
  Multipart file(String field, String fileName, String contentType, byte[] content) {
    write(
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + field
            + "\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: "
            + contentType
            + "\r\n\r\n");
    body.writeBytes(content);
    write("\r\n");
    return this;
  }

  ApiResponse post(Api api, String path) {
    write("--" + boundary + "--\r\n");
    return api.postBytes(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
  }

  private void write(String text) {
    body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
