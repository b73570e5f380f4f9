package org.hubops.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hubops.api.testing.RawHttp;
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
    byte[] body = "{\"code\":\"LATE-1\"}".getBytes(StandardCharsets.UTF_8);
    byte[] next =
        "GET /api/v1/oblasts HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream late = new ByteArrayOutputStream();
    late.writeBytes(body);
    late.writeBytes(next);

    // The refusal needs no body; the body comes as it would over a slow line.
    String answers =
        RawHttp.to(base)
            .converse(
                Duration.ofMillis(500),
                ("POST /api/v1/hubs HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: "
                        + body.length
                        + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII),
                late.toByteArray());

    Matcher statuses = STATUS_LINE.matcher(answers);
    StringBuilder seen = new StringBuilder();
    while (statuses.find()) {
      seen.append(statuses.group(1)).append(' ');
    }
    assertThat(seen.toString().trim()).as(answers).isEqualTo("401 401");
  }
}
