package org.hubops.api.platform;

import java.io.IOException;

/**
 * Thrown by the body stream of {@link RequestSizeFilter} once a body passes its limit. An {@link
 * IOException}, so that Jackson and Jersey pass it on as a failed read instead of a bad value; the
 * error mappers find it among the causes and answer 413.
 */
final class BodyTooLarge extends IOException {

  private static final long serialVersionUID = 1L;

  private final long maxBytes;
  private final boolean upload;

  BodyTooLarge(long maxBytes, boolean upload) {
    super("Request body over " + maxBytes + " bytes");
    this.maxBytes = maxBytes;
    this.upload = upload;
  }

  /** What the client is told: how large a body may be, in words a person reads. */
  String detail() {
    return detail(maxBytes, upload);
  }

  static String detail(long maxBytes, boolean upload) {
    long mebibyte = 1024 * 1024;
    String size =
        maxBytes >= mebibyte && maxBytes % mebibyte == 0
            ? maxBytes / mebibyte + " MiB"
            : maxBytes + " bytes";
    return upload
        ? "The file is too large: uploads are limited to " + size + "; split it, e.g. by quarter"
        : "The request body is too large: at most " + size;
  }
}
