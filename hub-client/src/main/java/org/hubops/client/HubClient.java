package org.hubops.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;
import org.hubops.model.HubStatus;
import org.hubops.model.Language;
import org.hubops.model.Quarter;
import org.hubops.model.report.EquipmentDataset;
import org.hubops.model.report.HubDataset;
import org.hubops.model.report.QuarterlyDataset;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.ImportResult;
import org.hubops.model.rest.Me;
import org.hubops.model.rest.Oblast;
import org.hubops.model.rest.Page;
import org.hubops.model.rest.Problem;
import org.hubops.model.rest.ReminderPlan;
import org.hubops.model.rest.Session;

/**
 * The HubOps REST API ({@code /api/v1}) over HTTP: the one client of the command line, the
 * benchmarks and the tests. Typed calls read JSON as it arrives (long lists never buffered whole)
 * and turn every refusal into a {@link ProblemException} carrying the service's problem; {@link
 * #exchange} is the raw layer under them, for callers that look at any status themselves.
 *
 * <p>A client is immutable and thread-safe; {@link #withToken}, {@link #withLanguage} and {@link
 * #withHeader} give copies that share its connections.
 */
public final class HubClient {

  /** Tolerant of fields a newer service may add; ISO dates, as the service writes them. */
  public static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private static final String JSON_TYPE = "application/json";

  private final HttpClient http;
  private final URI base;
  private final Map<String, String> headers;
  private final Duration timeout;

  private HubClient(HttpClient http, URI base, Map<String, String> headers, Duration timeout) {
    this.http = http;
    this.base = base;
    this.headers = Map.copyOf(headers);
    this.timeout = timeout;
  }

  /**
   * A client of the service at {@code base} (e.g. {@code https://hubops.example.org}), without a
   * token and without {@code Accept-Language}.
   *
   * @throws IllegalArgumentException if {@code base} is not an absolute http or https address
   */
  public static Builder to(URI base) {
    return new Builder(base);
  }

  /** How a client is made: its connections are set up once and shared by its copies. */
  public static final class Builder {
    private final URI base;
    private final HttpClient.Builder http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL);
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Duration timeout;

    private Builder(URI base) {
      String scheme = base.getScheme();
      if (!("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
          || base.getHost() == null) {
        throw new IllegalArgumentException("not an http or https address: " + base);
      }
      String text = base.toString();
      this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    /** Sends {@code token} as {@code Authorization: Bearer}; blank or null sends none. */
    public Builder token(String token) {
      if (token == null || token.isBlank()) {
        headers.remove("Authorization");
      } else {
        headers.put("Authorization", "Bearer " + token.strip());
      }
      return this;
    }

    /** Asks for the service's messages in {@code language} ({@code Accept-Language}). */
    public Builder language(Language language) {
      headers.put("Accept-Language", language.tag());
      return this;
    }

    public Builder connectTimeout(Duration connectTimeout) {
      http.connectTimeout(connectTimeout);
      return this;
    }

    /**
     * How long a request may wait for the answer's headers; none by default, since a national
     * workbook's answer starts only when the service has begun reading.
     */
    public Builder requestTimeout(Duration requestTimeout) {
      this.timeout = requestTimeout;
      return this;
    }

    /** Runs the asynchronous work of the client on {@code executor} (load drivers). */
    public Builder executor(Executor executor) {
      http.executor(executor);
      return this;
    }

    /**
     * Answers a redirect as it came instead of following it, for callers that look at the redirect
     * itself (a form's 303, a login page's way back).
     */
    public Builder keepRedirects() {
      http.followRedirects(HttpClient.Redirect.NEVER);
      return this;
    }

    /** Speaks only HTTP/1.1, as browsers behind most proxies do. */
    public Builder http11() {
      http.version(HttpClient.Version.HTTP_1_1);
      return this;
    }

    public HubClient build() {
      return new HubClient(http.build(), base, headers, timeout);
    }
  }

  /** The service's base address, without a trailing slash. */
  public URI base() {
    return base;
  }

  /** The same client sending {@code token} as {@code Authorization: Bearer}. */
  public HubClient withToken(String token) {
    return withHeader("Authorization", "Bearer " + token);
  }

  /** The same client asking for the service's messages in {@code language}. */
  public HubClient withLanguage(Language language) {
    return withHeader("Accept-Language", language.tag());
  }

  /** The same client sending one more header (or another value of it) on every request. */
  public HubClient withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new HubClient(http, base, copy, timeout);
  }

  /** {@code text} as one query value or path segment. */
  public static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  // ---- typed calls

  /** {@code GET /me}: who the token belongs to. */
  public Me me() {
    return get("/api/v1/me", Me.class);
  }

  /** {@code GET /oblasts}: the 27 oblasts with their names. */
  public List<Oblast> oblasts() {
    return Arrays.asList(get("/api/v1/oblasts", Oblast[].class));
  }

  /** {@code GET /hubs}: one page of hubs, of one {@code status} if not null. */
  public Page<Hub> hubs(HubStatus status, int page, int size) {
    String query = "?page=" + page + "&size=" + size + (status == null ? "" : "&status=" + status);
    return get("/api/v1/hubs" + query, new TypeReference<Page<Hub>>() {});
  }

  /** {@code POST /hubs/{hubId}/sessions}: logs a session and answers what was stored. */
  public Session logSession(UUID hubId, Session session) {
    return post(sessionsOf(hubId), session, Session.class);
  }

  /** {@link #logSession} without waiting: the answer, or a {@link HubClientException}. */
  public CompletableFuture<Session> logSessionAsync(UUID hubId, Session session) {
    HttpRequest request =
        jsonBody(sessionsOf(hubId)).POST(BodyPublishers.ofByteArray(bytes(session))).build();
    return http.sendAsync(request, BodyHandlers.ofInputStream())
        .thenApply(response -> read(request, checked(request, response), Session.class))
        .exceptionally(
            e -> {
              Throwable cause = e instanceof CompletionException ? e.getCause() : e;
              if (cause instanceof HubClientException known) {
                throw known;
              }
              throw failed(request, cause);
            });
  }

  /**
   * {@code GET /reports/quarterly/stream}: a quarter's dataset and every session line from one read
   * of the database, so the workbook's sheets agree; for the country, or one {@code oblast}. The
   * lines come first, the dataset after them.
   */
  public ReportReader<QuarterlyDataset> quarterlyReport(Quarter quarter, String oblast) {
    String query = "?year=" + quarter.year() + "&quarter=" + quarter.quarter();
    if (oblast != null && !oblast.isBlank()) {
      query += "&oblast=" + encode(oblast.strip());
    }
    return report("/api/v1/reports/quarterly/stream" + query, QuarterlyDataset.class);
  }

  /**
   * {@code GET /hubs/{hub}/report/stream}: one hub's dataset and its session lines from one read;
   * {@code hub} is its id or code. The dataset comes first.
   */
  public ReportReader<HubDataset> hubReport(String hub, LocalDate from, LocalDate to) {
    return report(
        "/api/v1/hubs/" + encode(hub.strip()) + "/report/stream?from=" + from + "&to=" + to,
        HubDataset.class);
  }

  /**
   * {@code GET /reports/equipment}: every item with its state, audit and use from {@code from} to
   * {@code to} (both null: the service's default, the twelve months to today), for the country or
   * one oblast, and all funding sources or one ({@code funding}: a donor's equipment annex).
   */
  public EquipmentDataset equipmentReport(
      LocalDate from, LocalDate to, String oblast, String funding) {
    StringBuilder query = new StringBuilder();
    appendQuery(query, "from", from == null ? null : from.toString());
    appendQuery(query, "to", to == null ? null : to.toString());
    appendQuery(query, "oblast", oblast);
    appendQuery(query, "funding", funding);
    return get("/api/v1/reports/equipment" + query, EquipmentDataset.class);
  }

  private static void appendQuery(StringBuilder query, String name, String value) {
    if (value != null && !value.isBlank()) {
      query.append(query.isEmpty() ? '?' : '&').append(name).append('=');
      query.append(encode(value.strip()));
    }
  }

  /**
   * {@code GET /reminders}: who would be reminded of {@code quarter} now (a dry run), or with
   * {@code send} {@code POST /reminders/send}: send them now, and who was.
   */
  public ReminderPlan reminders(Quarter quarter, boolean send) {
    String query = "?year=" + quarter.year() + "&quarter=" + quarter.quarter();
    return send
        ? post("/api/v1/reminders/send" + query, Map.of(), ReminderPlan.class)
        : get("/api/v1/reminders" + query, ReminderPlan.class);
  }

  /** {@code GET /hubs/{hub}/template}: the hub's session template, copied into {@code out}. */
  public void sessionTemplate(String hub, Language language, OutputStream out) {
    download(
        "/api/v1/hubs/" + encode(hub.strip()) + "/template?lang=" + language.tag(),
        MultipartBody.XLSX,
        out);
  }

  /**
   * {@code POST /hubs/{hub}/imports}: a filled template (one part {@code file}) or the CSV pair
   * ({@code sessions}, {@code attendees}); {@code sent} hears of every chunk that goes out.
   */
  public ImportResult importSessions(
      String hub, MultipartBody form, boolean dryRun, LongConsumer sent) {
    return upload("/api/v1/hubs/" + encode(hub.strip()) + "/imports", form, dryRun, sent);
  }

  /** {@code POST /hubs/{hub}/equipment/imports}: a hub's equipment list. */
  public ImportResult importEquipment(
      String hub, MultipartBody form, boolean dryRun, LongConsumer sent) {
    return upload("/api/v1/hubs/" + encode(hub.strip()) + "/equipment/imports", form, dryRun, sent);
  }

  /** {@code POST /hubs/imports}: the hub register. */
  public ImportResult importHubs(MultipartBody form, boolean dryRun, LongConsumer sent) {
    return upload("/api/v1/hubs/imports", form, dryRun, sent);
  }

  // ---- generic calls

  /** GETs {@code path} and reads the JSON answer as {@code type}. */
  public <T> T get(String path, Class<T> type) {
    HttpRequest request = jsonRequest(path).GET().build();
    return read(request, send(request), type);
  }

  /** GETs {@code path} and reads the JSON answer as {@code type}, e.g. a page of records. */
  public <T> T get(String path, TypeReference<T> type) {
    HttpRequest request = jsonRequest(path).GET().build();
    try (InputStream body = send(request)) {
      return JSON.readValue(body, type);
    } catch (IOException e) {
      throw unreadable(request, e);
    }
  }

  /** GETs {@code path}, a JSON array, and reads its elements one at a time; close it after. */
  public <T> JsonArrayReader<T> getArray(String path, Class<T> type) {
    HttpRequest request = jsonRequest(path).GET().build();
    InputStream body = send(request);
    try {
      return new JsonArrayReader<>(body, JSON, type);
    } catch (IOException e) {
      closeQuietly(body, e);
      throw unreadable(request, e);
    }
  }

  /** POSTs {@code body} as JSON to {@code path} and reads the answer as {@code type}. */
  public <T> T post(String path, Object body, Class<T> type) {
    HttpRequest request = jsonBody(path).POST(BodyPublishers.ofByteArray(bytes(body))).build();
    return read(request, send(request), type);
  }

  /** PUTs {@code body} as JSON to {@code path} and reads the answer as {@code type}. */
  public <T> T put(String path, Object body, Class<T> type) {
    HttpRequest request = jsonBody(path).PUT(BodyPublishers.ofByteArray(bytes(body))).build();
    return read(request, send(request), type);
  }

  /** DELETEs {@code path}. */
  public void delete(String path) {
    HttpRequest request = jsonRequest(path).DELETE().build();
    closeQuietly(send(request), null);
  }

  /** DELETEs {@code path} and reads the answer as {@code type}: what stands after the removal. */
  public <T> T delete(String path, Class<T> type) {
    HttpRequest request = jsonRequest(path).DELETE().build();
    return read(request, send(request), type);
  }

  /** GETs the file at {@code path} as {@code accept} and copies it into {@code out}. */
  public void download(String path, String accept, OutputStream out) {
    HttpRequest request =
        request(path).header("Accept", accept + ", " + Problem.MEDIA_TYPE).GET().build();
    try (InputStream body = send(request)) {
      body.transferTo(out);
    } catch (IOException e) {
      throw failed(request, e);
    }
  }

  /**
   * POSTs {@code form} to {@code path}, telling {@code sent} how many bytes have gone, and reads
   * the JSON answer as {@code type}. The request never asks for {@code 100-continue}: the service
   * refuses an oversized upload from its {@code Content-Length} anyway, and some proxies mishandle
   * the expectation.
   */
  public <T> T post(String path, MultipartBody form, LongConsumer sent, Class<T> type) {
    HttpRequest request =
        jsonRequest(path)
            .expectContinue(false)
            .header("Content-Type", form.contentType())
            .POST(form.publisher(sent))
            .build();
    return read(request, send(request), type);
  }

  // ---- the raw layer

  /**
   * A request to {@code path} carrying the client's headers (token, language, any added), for
   * {@link #exchange(HttpRequest, BodyHandler)}.
   */
  public HttpRequest.Builder request(String path) {
    HttpRequest.Builder request;
    try {
      request = HttpRequest.newBuilder(URI.create(base + path));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a usable request path: " + path, e);
    }
    headers.forEach(request::header);
    if (timeout != null) {
      request.timeout(timeout);
    }
    return request;
  }

  /**
   * Sends {@code method path} with {@code body} (or none, if null) of {@code contentType} (or none,
   * if null) and answers whatever the service said, any status: for callers that check statuses
   * themselves.
   */
  public HttpResponse<String> exchange(
      String method, String path, String contentType, BodyPublisher body) {
    HttpRequest.Builder request = request(path);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    request.method(method, body == null ? BodyPublishers.noBody() : body);
    return exchange(request.build(), BodyHandlers.ofString());
  }

  /** Sends {@code request} and answers the response, any status; fails only if none came. */
  public <T> HttpResponse<T> exchange(HttpRequest request, BodyHandler<T> body) {
    try {
      return http.send(request, body);
    } catch (ConnectException | HttpConnectTimeoutException e) {
      throw new UnreachableException(base, e);
    } catch (IOException e) {
      if (e.getCause() instanceof UnresolvedAddressException
          || e.getCause() instanceof ConnectException) {
        throw new UnreachableException(base, e);
      }
      throw failed(request, e);
    } catch (UnresolvedAddressException e) {
      throw new UnreachableException(base, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failed(request, e);
    }
  }

  // ---- inside

  private static String sessionsOf(UUID hubId) {
    return "/api/v1/hubs/" + hubId + "/sessions";
  }

  private <D> ReportReader<D> report(String path, Class<D> type) {
    HttpRequest request = jsonRequest(path).GET().build();
    InputStream body = send(request);
    try {
      return new ReportReader<>(body, JSON, type);
    } catch (IOException e) {
      closeQuietly(body, e);
      throw unreadable(request, e);
    }
  }

  private ImportResult upload(String path, MultipartBody form, boolean dryRun, LongConsumer sent) {
    return post(path + (dryRun ? "?dryRun=true" : ""), form, sent, ImportResult.class);
  }

  private HttpRequest.Builder jsonRequest(String path) {
    return request(path).header("Accept", JSON_TYPE + ", " + Problem.MEDIA_TYPE);
  }

  private HttpRequest.Builder jsonBody(String path) {
    return jsonRequest(path).header("Content-Type", JSON_TYPE);
  }

  /** The body of a 2xx answer; anything else becomes a {@link ProblemException}. */
  private InputStream send(HttpRequest request) {
    return checked(request, exchange(request, BodyHandlers.ofInputStream()));
  }

  private static InputStream checked(HttpRequest request, HttpResponse<InputStream> response) {
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return response.body();
    }
    throw new ProblemException(describe(request), status, problem(response));
  }

  private static <T> T read(HttpRequest request, InputStream answer, Class<T> type) {
    try (InputStream body = answer) {
      return JSON.readValue(body, type);
    } catch (IOException e) {
      throw unreadable(request, e);
    }
  }

  /** The problem the service sent, or one of the status alone when it sent none. */
  private static Problem problem(HttpResponse<InputStream> response) {
    int status = response.statusCode();
    try (InputStream body = response.body()) {
      String type = response.headers().firstValue("Content-Type").orElse("");
      if (type.contains("json")) {
        return JSON.readValue(body, Problem.class);
      }
    } catch (IOException e) {
      // Not readable as a problem: the status still says what happened.
    }
    return new Problem("about:blank", null, status, null, List.of(), null);
  }

  private static byte[] bytes(Object body) {
    try {
      return JSON.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String describe(HttpRequest request) {
    return request.method() + " " + request.uri();
  }

  private static HubClientException unreadable(HttpRequest request, IOException e) {
    return new HubClientException("The answer to " + describe(request) + " is unreadable: " + e, e);
  }

  private static HubClientException failed(HttpRequest request, Throwable e) {
    return new HubClientException(describe(request) + " failed: " + e, e);
  }

  private static void closeQuietly(InputStream body, Exception failure) {
    try {
      body.close();
    } catch (IOException e) {
      if (failure != null) {
        failure.addSuppressed(e);
      }
    }
  }
}
