package org.hubops.api.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests no well-behaved client would send: malformed escapes
 * in paths, bodies that lie about their length, chunked bodies of any size, headers announcing a
 * body that never comes, requests pipelined on one connection. It is the tests' one raw tool beside
 * hub-client ({@link Api}), and stays raw on purpose: java.net.http refuses to send such requests
 * (it validates paths, computes {@code Content-Length} itself, restricts {@code Expect} and {@code
 * Connection}) and hangs on a refused {@code Expect: 100-continue}. One connection per request
 * ({@code Connection: close}), so every answer ends where the stream ends.
 */
public final class RawHttp {

  /** What came back, with header names in lower case. */
  public record Response(int status, Map<String, String> headers, byte[] body, long millis) {

    public String contentType() {
      return headers.getOrDefault("content-type", "");
    }

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      String text = text();
      return status + " " + contentType() + " " + text.substring(0, Math.min(300, text.length()));
    }
  }

  private final int port;

  public RawHttp(int port) {
    this.port = port;
  }

  /** To the service at {@code base} ({@code http://host:port}). */
  public static RawHttp to(String base) {
    return new RawHttp(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)));
  }

  /**
   * Sends {@code method target} with {@code headers} (a {@code Host} among them replaces the
   * service's own) and, if not null, {@code body}.
   */
  public Response send(String method, String target, Map<String, String> headers, byte[] body) {
    StringBuilder head = new StringBuilder();
    head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    if (headers.keySet().stream().noneMatch("Host"::equalsIgnoreCase)) {
      head.append("Host: localhost:").append(port).append("\r\n");
    }
    head.append("Connection: close\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    if (body != null && !headers.containsKey("Transfer-Encoding")) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    if (body != null) {
      request.writeBytes(body);
    }
    return exchange(request.toByteArray());
  }

  /** Writes {@code request} as it is and reads the answer. */
  public Response exchange(byte[] request) {
    long start = System.nanoTime();
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request);
        out.flush();
      } catch (IOException e) {
        // The server may answer (413) and close before taking the whole body: read what it said.
      }
      return read(socket.getInputStream(), start);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code pieces} on one connection, pausing {@code pause} after each but the last as a
   * slow line does, and answers all that came back as text: several answers, if the pieces held
   * several requests one after another.
   */
  public String converse(Duration pause, byte[]... pieces) {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      for (int i = 0; i < pieces.length; i++) {
        if (i > 0) {
          Thread.sleep(pause.toMillis());
        }
        out.write(pieces[i]);
        out.flush();
      }
      return new String(readAll(socket.getInputStream()), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Response read(InputStream in, long start) throws IOException {
    byte[] bytes = readAll(in);
    long millis = (System.nanoTime() - start) / 1_000_000;
    int end = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    if (end < 0) {
      throw new IOException("No HTTP answer: " + new String(bytes, StandardCharsets.ISO_8859_1));
    }
    String[] lines = new String(bytes, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).trim());
    }
    byte[] body = Arrays.copyOfRange(bytes, end + 4, bytes.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = unchunk(body);
    }
    return new Response(status, headers, body, millis);
  }

  /** All until the server closes; a reset after an answer was sent leaves the answer standing. */
  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        all.write(buffer, 0, n);
      }
    } catch (IOException e) {
      if (all.size() == 0) {
        throw e;
      }
    }
    return all.toByteArray();
  }

  private static byte[] unchunk(byte[] chunked) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int at = 0;
    while (at < chunked.length) {
      int lineEnd = indexOf(chunked, "\r\n".getBytes(StandardCharsets.US_ASCII), at);
      String sizeText = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII);
      int size = Integer.parseInt(sizeText.split(";")[0].trim(), 16);
      if (size == 0) {
        break;
      }
      body.write(chunked, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
    return body.toByteArray();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    return indexOf(haystack, needle, 0);
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
