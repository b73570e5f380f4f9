package org.hubops.api.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hubops.api.access.Csrf;
import org.hubops.api.access.SessionCookie;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestService;

/**
 * A browser without the browser: keeps cookies, does not follow redirects (tests look at them), and
 * puts the session's CSRF token into every form it posts, as the pages' hidden field does.
 */
final class WebClient {

  /** What a page answered. */
  record Answer(int status, String body, HttpResponse<String> response) {

    String header(String name) {
      return response.headers().firstValue(name).orElse("");
    }

    String location() {
      return header("Location");
    }

    /** The value of the first hidden or text input named {@code name}. */
    String field(String name) {
      Matcher m =
          Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"")
              .matcher(body);
      return m.find() ? m.group(1) : "";
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  private final String base;

  /**
   * Cookies kept by hand: Java's CookieManager never sends a Secure cookie over plain HTTP, while
   * browsers do to localhost, where the test service runs.
   */
  private final Map<String, String> cookies = new ConcurrentHashMap<>();

  private final HttpClient http;

  WebClient(TestService service) {
    this.base = service.anonymous().base();
    this.http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /** Logs in through the login page; the client then holds the session cookie. */
  WebClient login(String username) {
    return login(username, Fixtures.PASSWORD);
  }

  WebClient login(String username, String password) {
    Answer form = get("/login");
    Answer done =
        post(
            "/login",
            Map.of("csrf", form.field("csrf"), "username", username, "password", password));
    if (done.status() != 303) {
      throw new IllegalStateException("Login failed: " + done.status());
    }
    return this;
  }

  Answer get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  /** Posts a form, adding the session's CSRF token unless the form names one. */
  Answer post(String path, Map<String, String> fields) {
    return post(path, pairs(fields));
  }

  /** Posts a form given as {@code name=value} pairs (a name may repeat, as for checkboxes). */
  Answer post(String path, List<Map.Entry<String, String>> fields) {
    boolean hasToken = fields.stream().anyMatch(e -> e.getKey().equals(Csrf.FORM_FIELD));
    String body =
        fields.stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    if (!hasToken && csrf() != null) {
      body += (body.isEmpty() ? "" : "&") + "csrf=" + encode(csrf());
    }
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * Posts a multipart form as a browser's upload form does: the CSRF token first (unless {@code
   * fields} names one), then {@code fields}, then the file in the field {@code file}.
   */
  Answer upload(String path, Map<String, String> fields, String fileName, byte[] file) {
    String boundary = "----hubops" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    Map<String, String> all = new LinkedHashMap<>();
    if (!fields.containsKey(Csrf.FORM_FIELD) && csrf() != null) {
      all.put(Csrf.FORM_FIELD, csrf());
    }
    all.putAll(fields);
    all.forEach(
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** Sends anything at all, for tests of what the pages do with odd requests. */
  Answer raw(String method, String path, String contentType, String body) {
    // A connection of its own: the server may close one whose body it refused unread.
    HttpClient once =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(
        once,
        request.method(
            method,
            body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
  }

  /** The CSRF token of the current login session, or null when logged out. */
  String csrf() {
    String session = cookies.get(SessionCookie.NAME);
    return session == null ? null : Csrf.tokenFor(session);
  }

  static List<Map.Entry<String, String>> pairs(Map<String, String> fields) {
    return List.copyOf(fields.entrySet());
  }

  /** Sets a cookie as a browser would keep it, e.g. the language switch's. */
  WebClient cookie(String name, String value) {
    cookies.put(name, value);
    return this;
  }

  private Answer send(HttpRequest.Builder request) {
    return send(http, request);
  }

  private Answer send(HttpClient client, HttpRequest.Builder request) {
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(c -> c.getKey() + "=" + c.getValue())
              .collect(Collectors.joining("; ")));
    }
    try {
      HttpResponse<String> response =
          client.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      for (String header : response.headers().allValues("Set-Cookie")) {
        for (HttpCookie cookie : HttpCookie.parse(header)) {
          if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
            cookies.remove(cookie.getName());
          } else {
            cookies.put(cookie.getName(), cookie.getValue());
          }
        }
      }
      return new Answer(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
