package org.hubops.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.junit.jupiter.api.Test;

/**
 * A request refused before its body was read (no token, no right) leaves its connection usable for
 * the next request. Every HTTP/1.1 client reuses connections, and none resends a POST that met a
 * closed one: a coordinator's next save would fail with no answer at all (seen as "header parser
 * received no bytes" in the access matrix, when the body reached the server a moment after its
 * refusal had been written).
 */
class KeptConnectionTest {

  private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.1 (\\d{3}) ");

  @Test
  void aRefusedPostWhoseBodyArrivesLateStillLetsTheNextRequestOnItsConnectionBeAnswered()
      throws Exception {
    String base = TestService.on(TestDatabase.H2).api().base();
    int port = Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
    byte[] body = "{\"code\":\"LATE-1\"}".getBytes(StandardCharsets.UTF_8);

    String answers;
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/v1/hubs HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                  + "Content-Length: "
                  + body.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      // The refusal needs no body; the body comes as it would over a slow line.
      Thread.sleep(500);
      out.write(body);
      out.write(
          "GET /api/v1/oblasts HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      answers = readToEnd(socket.getInputStream());
    }

    Matcher statuses = STATUS_LINE.matcher(answers);
    StringBuilder seen = new StringBuilder();
    while (statuses.find()) {
      seen.append(statuses.group(1)).append(' ');
    }
    assertThat(seen.toString().trim()).as(answers).isEqualTo("401 401");
  }

  private static String readToEnd(InputStream in) throws Exception {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        all.write(buffer, 0, n);
      }
    } catch (java.net.SocketException reset) {
      // A connection the server gave up on may end in a reset: what came before still counts.
    }
    return all.toString(StandardCharsets.ISO_8859_1);
  }
}
