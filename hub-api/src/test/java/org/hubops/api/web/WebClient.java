package org.hubops.api.web;

import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hubops.api.access.Csrf;
import org.hubops.api.access.SessionCookie;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestService;
import org.hubops.client.HubClient;
import org.hubops.client.MultipartBody;

/**
 * A browser without the browser, on hub-client's raw layer: keeps cookies, does not follow
 * redirects (tests look at them), and puts the session's CSRF token into every form it posts, as
 * the pages' hidden field does.
 */
public final class WebClient {

  /** What a page answered. */
  public record Answer(int status, String body, HttpResponse<String> response) {

    public String header(String name) {
      return response.headers().firstValue(name).orElse("");
    }

    public String location() {
      return header("Location");
    }

    /** The value of the first hidden or text input named {@code name}. */
    public String field(String name) {
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

  /**
   * Cookies kept by hand: Java's CookieManager never sends a Secure cookie over plain HTTP, while
   * browsers do to localhost, where the test service runs.
   */
  private final Map<String, String> cookies = new ConcurrentHashMap<>();

  private final HubClient http;

  public WebClient(TestService service) {
    this.http = connect(service.anonymous().base());
  }

  private static HubClient connect(String base) {
    return HubClient.to(URI.create(base))
        .connectTimeout(Duration.ofSeconds(5))
        .requestTimeout(Duration.ofSeconds(30))
        .keepRedirects()
        .build();
  }

  /** Logs in through the login page; the client then holds the session cookie. */
  public WebClient login(String username) {
    return login(username, Fixtures.PASSWORD);
  }

  public WebClient login(String username, String password) {
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

  public Answer get(String path) {
    return send(http, http.request(path).GET());
  }

  /** Posts a form, adding the session's CSRF token unless the form names one. */
  public Answer post(String path, Map<String, String> fields) {
    return post(path, pairs(fields));
  }

  /** Posts a form given as {@code name=value} pairs (a name may repeat, as for checkboxes). */
  public Answer post(String path, List<Map.Entry<String, String>> fields) {
    boolean hasToken = fields.stream().anyMatch(e -> e.getKey().equals(Csrf.FORM_FIELD));
    String body =
        fields.stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    if (!hasToken && csrf() != null) {
      body += (body.isEmpty() ? "" : "&") + "csrf=" + encode(csrf());
    }
    return send(
        http,
        http.request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(BodyPublishers.ofString(body)));
  }

  /**
   * Posts a multipart form as a browser's upload form does: the CSRF token first (unless {@code
   * fields} names one), then {@code fields}, then the file in the field {@code file}.
   */
  public Answer upload(String path, Map<String, String> fields, String fileName, byte[] file) {
    MultipartBody.Builder form = MultipartBody.builder();
    if (!fields.containsKey(Csrf.FORM_FIELD) && csrf() != null) {
      form.field(Csrf.FORM_FIELD, csrf());
    }
    fields.forEach(form::field);
    MultipartBody body = form.file("file", fileName, "application/octet-stream", file).build();
    return send(
        http,
        http.request(path)
            .header("Content-Type", body.contentType())
            .POST(body.publisher(sent -> {})));
  }

  /** Sends anything at all, for tests of what the pages do with odd requests. */
  public Answer raw(String method, String path, String contentType, String body) {
    // A connection of its own: the server may close one whose body it refused unread.
    HubClient once = connect(http.base().toString());
    HttpRequest.Builder request = once.request(path);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(
        once,
        request.method(
            method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body)));
  }

  /** The CSRF token of the current login session, or null when logged out. */
  public String csrf() {
    String session = cookies.get(SessionCookie.NAME);
    return session == null ? null : Csrf.tokenFor(session);
  }

  public static List<Map.Entry<String, String>> pairs(Map<String, String> fields) {
    return List.copyOf(fields.entrySet());
  }

  /** Sets a cookie as a browser would keep it, e.g. the language switch's. */
  public WebClient cookie(String name, String value) {
    cookies.put(name, value);
    return this;
  }

  private Answer send(HubClient client, HttpRequest.Builder request) {
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(c -> c.getKey() + "=" + c.getValue())
              .collect(Collectors.joining("; ")));
    }
    HttpResponse<String> response =
        Api.answered(
            () -> client.exchange(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8)));
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
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
