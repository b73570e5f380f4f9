package org.hubops.api.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.hubops.client.HubClient;
import org.hubops.client.HubClientException;
import org.hubops.client.MultipartBody;

/**
 * The running service as a program using the API sees it, through hub-client's raw layer: every
 * answer, of any status, comes back as an {@link ApiResponse} for the test to look at; redirects
 * are not followed (tests look at them); a request that gets no answer at all is an {@link
 * UncheckedIOException}, which tests of outages count.
 */
public final class Api {

  public static final ObjectMapper JSON = HubClient.JSON;

  private static final Duration ANSWER = Duration.ofSeconds(30);
  private static final Duration DOWNLOAD = Duration.ofSeconds(120);

  private final HubClient client;

  /** The headers {@link #client} sends, for the copies on connections of their own. */
  private final Map<String, String> headers;

  public Api(String base) {
    this(connect(base, ANSWER), Map.of());
  }

  private Api(HubClient client, Map<String, String> headers) {
    this.client = client;
    this.headers = headers;
  }

  private static HubClient connect(String base, Duration answer) {
    return HubClient.to(URI.create(base))
        .connectTimeout(Duration.ofSeconds(5))
        .requestTimeout(answer)
        .keepRedirects()
        .build();
  }

  /** The same client sending one more header on every request. */
  public Api with(String header, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(header, value);
    return new Api(client.withHeader(header, value), Map.copyOf(more));
  }

  /** The same client sending {@code token} as {@code Authorization: Bearer}. */
  public Api withToken(String token) {
    return with("Authorization", "Bearer " + token);
  }

  public String base() {
    return client.base().toString();
  }

  public ApiResponse get(String path) {
    return send("GET", path, null);
  }

  public ApiResponse delete(String path) {
    return send("DELETE", path, null);
  }

  public ApiResponse post(String path, Object body) {
    return send("POST", path, body);
  }

  public ApiResponse put(String path, Object body) {
    return send("PUT", path, body);
  }

  /** A GET whose answer is kept as bytes, for workbooks. */
  public HttpResponse<byte[]> download(String path) {
    return answered(
        () ->
            client.exchange(
                client.request(path).timeout(DOWNLOAD).GET().build(), BodyHandlers.ofByteArray()));
  }

  /** The body of a GET that must succeed, as bytes: a template or workbook to open. */
  public byte[] downloadBody(String path) {
    HttpResponse<byte[]> response = download(path);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + response.statusCode());
    }
    return response.body();
  }

  /**
   * Posts raw bytes, as an upload does, on a connection of its own: a server that refuses an upload
   * without reading it may close the connection once it has answered, and the next request sent on
   * that connection would get no answer at all (seen once in AccessMatrixTest).
   */
  public ApiResponse postBytes(String path, String contentType, byte[] body) {
    return alone("POST", path, contentType, BodyPublishers.ofByteArray(body));
  }

  /** Posts a form as an upload does, on a connection of its own (see {@link #postBytes}). */
  public ApiResponse upload(String path, MultipartBody form) {
    return alone("POST", path, form.contentType(), form.publisher(sent -> {}));
  }

  /**
   * Posts a body read from {@code body} as it is written, of unknown length (sent chunked): for
   * tests that look at the service while an upload is still arriving.
   */
  public ApiResponse postStream(String path, String contentType, Supplier<InputStream> body) {
    return alone("POST", path, contentType, BodyPublishers.ofInputStream(body));
  }

  /** Sends {@code body} as JSON; a String is sent as it is, so tests can send broken JSON. */
  public ApiResponse send(String method, String path, Object body) {
    return body == null
        ? exchange(client, method, path, null, null)
        : exchange(client, method, path, "application/json", BodyPublishers.ofString(text(body)));
  }

  /**
   * The answer of {@code call}, a request through hub-client; one that got no answer is an {@link
   * UncheckedIOException}, as a test tells "no answer" from any status.
   */
  public static <T> T answered(Supplier<T> call) {
    try {
      return call.get();
    } catch (HubClientException e) {
      throw new UncheckedIOException(
          e.getMessage(),
          e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e));
    }
  }

  private ApiResponse alone(String method, String path, String contentType, BodyPublisher body) {
    HubClient once = connect(base(), DOWNLOAD);
    for (Map.Entry<String, String> header : headers.entrySet()) {
      once = once.withHeader(header.getKey(), header.getValue());
    }
    return exchange(once, method, path, contentType, body);
  }

  private static ApiResponse exchange(
      HubClient client, String method, String path, String contentType, BodyPublisher body) {
    return new ApiResponse(answered(() -> client.exchange(method, path, contentType, body)));
  }

  private static String text(Object body) {
    if (body instanceof String s) {
      return s;
    }
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
