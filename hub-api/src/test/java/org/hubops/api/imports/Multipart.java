package org.hubops.api.imports;

import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.client.MultipartBody;

/** A multipart form upload, as a browser's file input or the CLI sends it (hub-client's form). */
final class Multipart {

  static final String XLSX = MultipartBody.XLSX;

  private final MultipartBody.Builder form = MultipartBody.builder();

  /** Adds a file in the form field {@code field}. */
  Multipart file(String field, String fileName, String contentType, byte[] content) {
    form.file(field, fileName, contentType, content);
    return this;
  }

  ApiResponse post(Api api, String path) {
    return api.upload(path, form.build());
  }
}
