package org.hubops.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The raw layer as tests and forms use it: any status answered with its headers and body, a
 * redirect kept when asked, and a form of text fields and in-memory files sent as a browser does.
 */
class ExchangeTest {

  private HttpServer server;
  private final AtomicReference<String> received = new AtomicReference<>();
  private final AtomicReference<String> receivedType = new AtomicReference<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/echo",
        exchange -> {
          try (InputStream in = exchange.getRequestBody()) {
            received.set(new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
          receivedType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
          byte[] answer = "{\"status\":422}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
          exchange.sendResponseHeaders(422, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.createContext(
        "/moved",
        exchange -> {
          exchange.getResponseHeaders().add("Location", "/echo");
          exchange.sendResponseHeaders(303, -1);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Test
  void aRawBodyOfAnyTypeIsSentAndARefusalIsAnsweredWithItsHeadersAndBody() {
    HttpResponse<String> answer =
        HubClient.to(base())
            .build()
            .exchange("POST", "/echo", "text/csv", BodyPublishers.ofString("Ref;Date\n"));

    assertThat(answer.statusCode()).isEqualTo(422);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(answer.body()).isEqualTo("{\"status\":422}");
    assertThat(received.get()).isEqualTo("Ref;Date\n");
    assertThat(receivedType.get()).isEqualTo("text/csv");
  }

  @Test
  void aBodyWithoutAContentTypeGoesWithout() {
    HubClient.to(base()).build().exchange("POST", "/echo", null, BodyPublishers.ofString("x"));

    assertThat(receivedType.get()).isNull();
    assertThat(received.get()).isEqualTo("x");
  }

  @Test
  void aRedirectIsFollowedUnlessItIsToBeKept() {
    HttpResponse<String> followed =
        HubClient.to(base()).build().exchange("GET", "/moved", null, null);
    HttpResponse<String> kept =
        HubClient.to(base()).keepRedirects().build().exchange("GET", "/moved", null, null);

    assertThat(followed.statusCode()).isEqualTo(422);
    assertThat(kept.statusCode()).isEqualTo(303);
    assertThat(kept.headers().firstValue("Location")).hasValue("/echo");
  }

  @Test
  void aFormOfFieldsAndAFileInMemoryGoesInOrderWithItsLengthKnown() {
    MultipartBody form =
        MultipartBody.builder()
            .field("csrf", "token-1")
            .file("file", "журнал.csv", "application/octet-stream", "a;b\n".getBytes())
            .build();

    HubClient.to(base())
        .build()
        .exchange("POST", "/echo", form.contentType(), form.publisher(sent -> {}));

    String boundary = form.contentType().substring(form.contentType().indexOf('=') + 1);
    assertThat(received.get())
        .isEqualTo(
            "--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\ntoken-1\r\n--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"______.csv\";"
                + " filename*=UTF-8''%d0%b6%d1%83%d1%80%d0%bd%d0%b0%d0%bb.csv"
                + "\r\nContent-Type: application/octet-stream\r\n\r\na;b\n\r\n--"
                + boundary
                + "--\r\n");
    assertThat(form.length()).isEqualTo(received.get().getBytes(StandardCharsets.UTF_8).length);
  }
}
