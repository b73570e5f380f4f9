package org.hubops.api.access;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * Reads the CSRF token from the start of a {@code multipart/form-data} body without reading the
 * file behind it: the upload pages put the hidden {@code csrf} field first, and browsers send
 * fields in page order. Only the first few kilobytes are looked at and then handed back to the body
 * stream, so the resource reads the whole form as sent and an upload is never held in memory.
 */
final class MultipartCsrf {

  /** Room for the boundary, the part's headers and the token, with plenty to spare. */
  private static final int HEAD_BYTES = 2048;

  private MultipartCsrf() {}

  /** The value of the first part if it is the {@code csrf} field, else null. */
  static String firstField(ContainerRequest request) {
    String boundary = request.getMediaType().getParameters().get("boundary");
    if (boundary == null || boundary.isEmpty()) {
      return null;
    }
    InputStream body = request.getEntityStream();
    byte[] head;
    try {
      head = body.readNBytes(HEAD_BYTES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    request.setEntityStream(new SequenceInputStream(new ByteArrayInputStream(head), body));
    return csrfOf(new String(head, StandardCharsets.ISO_8859_1), "--" + boundary);
  }

  static String csrfOf(String head, String delimiter) {
    int start = head.indexOf(delimiter);
    if (start < 0) {
      return null;
    }
    int headersStart = head.indexOf("\r\n", start);
    int headersEnd = head.indexOf("\r\n\r\n", start);
    if (headersStart < 0 || headersEnd < 0) {
      return null;
    }
    String headers = head.substring(headersStart, headersEnd).toLowerCase(Locale.ROOT);
    if (!headers.contains("content-disposition: form-data; name=\"" + Csrf.FORM_FIELD + "\"")
        || headers.contains("filename=")) {
      return null;
    }
    int valueEnd = head.indexOf("\r\n" + delimiter, headersEnd + 4);
    return valueEnd < 0 ? null : head.substring(headersEnd + 4, valueEnd);
  }
}
