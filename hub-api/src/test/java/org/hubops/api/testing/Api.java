package org.hubops.api.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.dropwizard.jackson.Jackson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A plain HTTP client for the running service, as a program using the API would be. */
public final class Api {

  public static final ObjectMapper JSON =
      Jackson.newObjectMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Map<String, String> headers = new LinkedHashMap<>();

  public Api(String base) {
    this.base = base;
  }

  private Api(String base, Map<String, String> headers) {
    this(base);
    this.headers.putAll(headers);
  }

  /** The same client sending one more header on every request. */
  public Api with(String header, String value) {
    Api copy = new Api(base, headers);
    copy.headers.put(header, value);
    return copy;
  }

  /** The same client sending {@code token} as {@code Authorization: Bearer}. */
  public Api withToken(String token) {
    return with("Authorization", "Bearer " + token);
  }

  public String base() {
    return base;
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
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
    headers.forEach(request::header);
    try {
      return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
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
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    return exchange(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), request);
  }

  /** Sends {@code body} as JSON; a String is sent as it is, so tests can send broken JSON. */
  public ApiResponse send(String method, String path, Object body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    headers.forEach(request::header);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofString(text(body)));
    }
    return exchange(http, request);
  }

  private static ApiResponse exchange(HttpClient client, HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new ApiResponse(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
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
