package org.hubops.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.RawHttp;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.rest.Hub;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bodies over their limit (1 MiB, 25 MiB on the upload routes) are refused with 413 problem+json
 * naming the limit, quickly, however their size is announced: by Content-Length, chunked, or
 * gzip-inflated.
 */
class RequestSizeLimitTest {

  private static final int MIB = 1024 * 1024;
  private static final String JSON = "application/json";

  private static RawHttp http;
  private static String sessions;
  private static String imports;
  private static String bearer;

  @BeforeAll
  static void hub() {
    TestService service = TestService.on(TestDatabase.H2);
    Hub hub = Fixtures.createHub(service.api());
    sessions = "/api/v1/hubs/" + hub.id() + "/sessions";
    imports = "/api/v1/hubs/" + hub.id() + "/imports";
    http = new RawHttp(port(service.api()));
    bearer = "Bearer " + service.adminToken();
  }

  @Test
  void jsonBodyOverTheLimitByContentLengthIsRefusedBeforeItIsRead() {
    RawHttp.Response answer =
        http.send(
            "POST",
            sessions,
            Map.of("Content-Type", JSON, "Authorization", bearer),
            jsonOf(MIB + 1));

    assertTooLarge(answer);
  }

  @Test
  void announcedLengthAloneIsEnoughToRefuse() {
    // Claims 40 MiB and sends nothing: the answer cannot wait for the body.
    byte[] head =
        ("POST "
                + sessions
                + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: text/csv\r\nContent-Length: "
                + 40 * MIB
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);

    assertTooLarge(http.exchange(head));
  }

  @Test
  void chunkedJsonBodyIsCountedAsItIsReadAndRefusedAtTheLimit() {
    byte[] body = jsonOf(2 * MIB);
    ByteArrayOutputStream chunked = new ByteArrayOutputStream();
    for (int at = 0; at < body.length; at += 64 * 1024) {
      int size = Math.min(64 * 1024, body.length - at);
      chunked.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      chunked.write(body, at, size);
      chunked.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    chunked.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

    RawHttp.Response answer =
        http.send(
            "POST",
            sessions,
            Map.of("Content-Type", JSON, "Transfer-Encoding", "chunked", "Authorization", bearer),
            chunked.toByteArray());

    assertTooLarge(answer);
  }

  @Test
  void smallGzipBodyThatInflatesPastTheLimitIsRefused() throws IOException {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      gzip.write(jsonOf(8 * MIB));
    }
    assertThat(zipped.size()).isLessThan(MIB / 10);

    RawHttp.Response answer =
        http.send(
            "POST",
            sessions,
            Map.of("Content-Type", JSON, "Content-Encoding", "gzip", "Authorization", bearer),
            zipped.toByteArray());

    assertTooLarge(answer);
  }

  @Test
  void jsonBodyUnderTheLimitIsReadAndJudgedOnItsContent() {
    RawHttp.Response answer =
        http.send(
            "POST",
            sessions,
            Map.of("Content-Type", JSON, "Authorization", bearer),
            jsonOf(MIB - 100));

    // Read in full and refused for what it says (notes too long), not for its size.
    assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
  }

  @Test
  void uploadRoutesTakeMoreThanTheJsonLimit() {
    RawHttp.Response answer =
        http.send(
            "POST",
            imports,
            Map.of("Content-Type", "text/csv", "Authorization", bearer),
            jsonOf(2 * MIB));

    // Read in full and judged as a file (a single CSV is not a session import), not for its size.
    assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
  }

  @Test
  void fileTypesSentToAnOrdinaryRouteHaveTheOrdinaryLimit() {
    RawHttp.Response answer =
        http.send(
            "POST",
            sessions,
            Map.of("Content-Type", "text/csv", "Authorization", bearer),
            jsonOf(2 * MIB));

    assertTooLarge(answer);
    assertThat(problem(answer).path("detail").asText()).contains("1 MiB");
  }

  @Test
  void uploadOverItsLimitIsRefusedBeforeItIsReadNamingTheLimit() {
    long uploadMax = new RequestLimits().maxBytes(true);
    byte[] head =
        ("POST "
                + imports
                + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: "
                + bearer
                + "\r\nContent-Type: text/csv\r\nContent-Length: "
                + (uploadMax + 1)
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);

    RawHttp.Response answer = http.exchange(head);

    assertTooLarge(answer);
    assertThat(problem(answer).path("detail").asText()).contains("25 MiB");
  }

  @Test
  void chunkedUploadIsCountedAndRefusedAtItsLimit() {
    byte[] chunk = new byte[1024 * 1024];
    Arrays.fill(chunk, (byte) 'x');
    ByteArrayOutputStream chunked = new ByteArrayOutputStream();
    for (int i = 0; i < 26; i++) {
      chunked.writeBytes(
          (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      chunked.write(chunk, 0, chunk.length);
      chunked.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    chunked.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

    RawHttp.Response answer =
        http.send(
            "POST",
            imports,
            Map.of(
                "Content-Type",
                "text/csv",
                "Transfer-Encoding",
                "chunked",
                "Authorization",
                bearer),
            chunked.toByteArray());

    assertTooLarge(answer);
    assertThat(problem(answer).path("detail").asText()).contains("25 MiB");
  }

  private static void assertTooLarge(RawHttp.Response answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    JsonNode problem = problem(answer);
    assertThat(problem.path("status").asInt()).isEqualTo(413);
    assertThat(problem.path("detail").asText()).contains("MiB");
    assertThat(answer.millis()).isLessThan(3_000);
  }

  /** A session whose notes make the body {@code size} bytes long. */
  private static byte[] jsonOf(int size) {
    String head = "{\"date\":\"2025-03-01\",\"notes\":\"";
    String tail = "\"}";
    return (head + "x".repeat(size - head.length() - tail.length()) + tail)
        .getBytes(StandardCharsets.UTF_8);
  }

  private static JsonNode problem(RawHttp.Response answer) {
    try {
      return Api.JSON.readTree(answer.body());
    } catch (IOException e) {
      throw new AssertionError("Not JSON: " + answer, e);
    }
  }

  private static int port(Api api) {
    return Integer.parseInt(api.base().substring(api.base().lastIndexOf(':') + 1));
  }
}
