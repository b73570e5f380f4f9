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

  BodyTooLarge(long maxBytes) {
    super("Request body over " + maxBytes + " bytes");
    this.maxBytes = maxBytes;
  }

  /** What the client is told: how large a body may be, in words a person reads. */
  String detail() {
    return detail(maxBytes);
  }

  static String detail(long maxBytes) {
    long mebibyte = 1024 * 1024;
    String size =
        maxBytes >= mebibyte && maxBytes % mebibyte == 0
            ? maxBytes / mebibyte + " MiB"
            : maxBytes + " bytes";
    return "The request body is too large: at most " + size + " for its content type";
  }
}
