package org.hubops.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.hubops.model.Language;
import org.hubops.model.rest.Problem;

/**
 * The HubOps service over HTTP: JSON read as it arrives, never buffered whole, and every refusal
 * turned into a {@link CliFailure} with the exit code of {@link ExitCodes} and the service's own
 * explanation.
 */
final class ServiceClient {

  /** Tolerant of fields a newer service may add; strict about everything it reads. */
  static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final URI base;
  private final String token;
  private final Language language;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();

  /** A client whose requests ask for the service's messages in English, as the CLI's own are. */
  ServiceClient(ServerOptions server) {
    this(server, Language.EN);
  }

  /** A client asking for the service's messages in {@code language} ({@code Accept-Language}). */
  ServiceClient(ServerOptions server, Language language) {
    this.base = server.base();
    this.token = server.token == null || server.token.isBlank() ? null : server.token.strip();
    this.language = language;
  }

  /** {@code text} as one query value or path segment. */
  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** GETs {@code path} and reads the JSON answer as {@code type}. */
  <T> T get(String path, Class<T> type) throws CliFailure {
    try (InputStream body = open(path)) {
      return JSON.readValue(body, type);
    } catch (IOException e) {
      throw new CliFailure(
          ExitCodes.FAILED, "The service's answer to " + path + " could not be read: " + e, e);
    }
  }

  /** GETs {@code path}, a JSON array, and reads its elements one at a time. */
  <T> JsonArrayReader<T> stream(String path, Class<T> type) throws CliFailure {
    InputStream body = open(path);
    try {
      return new JsonArrayReader<>(body, JSON, type);
    } catch (IOException e) {
      try {
        body.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new CliFailure(ExitCodes.FAILED, "The list at " + path + " could not be read: " + e, e);
    }
  }

  /** GETs the file at {@code path} (a workbook) and copies it into {@code out} as it arrives. */
  void download(String path, OutputStream out) throws CliFailure {
    try (InputStream body = send(request(path, MultipartBody.XLSX).GET())) {
      body.transferTo(out);
    } catch (IOException e) {
      throw new CliFailure(ExitCodes.FAILED, "The download of " + path + " broke off: " + e, e);
    }
  }

  /**
   * POSTs {@code form} to {@code path}, telling {@code sent} how many bytes have gone, and reads
   * the JSON answer as {@code type}. The request never asks for {@code 100-continue}: the service
   * refuses an oversized upload from its {@code Content-Length} anyway, and some proxies mishandle
   * the expectation.
   */
  <T> T post(String path, MultipartBody form, LongConsumer sent, Class<T> type) throws CliFailure {
    HttpRequest.Builder request =
        request(path, "application/json")
            .expectContinue(false)
            .header("Content-Type", form.contentType())
            .POST(form.publisher(sent));
    try (InputStream body = send(request)) {
      return JSON.readValue(body, type);
    } catch (IOException e) {
      throw new CliFailure(
          ExitCodes.FAILED, "The service's answer to " + path + " could not be read: " + e, e);
    }
  }

  private InputStream open(String path) throws CliFailure {
    return send(request(path, "application/json").GET());
  }

  private HttpRequest.Builder request(String path, String accept) throws CliFailure {
    HttpRequest.Builder request;
    try {
      request = HttpRequest.newBuilder(URI.create(base + path));
    } catch (IllegalArgumentException e) {
      throw new CliFailure(ExitCodes.USAGE, "Not a usable --server address: " + base, e);
    }
    request
        .header("Accept", accept + ", " + Problem.MEDIA_TYPE)
        .header("Accept-Language", language.tag());
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request;
  }

  private InputStream send(HttpRequest.Builder request) throws CliFailure {
    HttpResponse<InputStream> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (ConnectException | HttpConnectTimeoutException | UnresolvedAddressException e) {
      throw unreachable(e);
    } catch (IOException e) {
      throw e.getCause() instanceof UnresolvedAddressException ? unreachable(e) : failed(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliFailure(ExitCodes.FAILED, "Interrupted", e);
    } catch (IllegalArgumentException e) {
      throw new CliFailure(ExitCodes.USAGE, "Not a usable --server address: " + base, e);
    }
    if (response.statusCode() == 200) {
      return response.body();
    }
    throw refusal(response);
  }

  private CliFailure unreachable(Exception e) {
    return new CliFailure(
        ExitCodes.UNREACHABLE,
        "Cannot reach the HubOps service at "
            + base
            + " ("
            + e.getClass().getSimpleName()
            + "). Is it running? Set --server or HUBOPS_SERVER.",
        e);
  }

  private CliFailure failed(IOException e) {
    return new CliFailure(ExitCodes.FAILED, "The request to " + base + " failed: " + e, e);
  }

  /** The service said no: explain it in its own words, with the exit code for its status. */
  private CliFailure refusal(HttpResponse<InputStream> response) {
    Problem problem = problem(response);
    int status = response.statusCode();
    String said = problem == null ? "" : explanation(problem);
    return switch (status) {
      case 401 ->
          new CliFailure(
              ExitCodes.NOT_AUTHORIZED,
              (token == null ? "The service needs a token" : "The service refused the token")
                  + " (401). Give one with --token or HUBOPS_TOKEN."
                  + said);
      case 403 ->
          new CliFailure(
              ExitCodes.NOT_AUTHORIZED,
              "The token's account may not do this (403): reports and the hub register need an"
                  + " association account, a hub's sessions and equipment its coordinator."
                  + said);
      case 404 -> new CliFailure(ExitCodes.NOT_FOUND, "Not found (404)." + said);
      case 400, 413, 422 ->
          new CliFailure(
              ExitCodes.REFUSED, "The service refused the request (" + status + ")." + said);
      default -> new CliFailure(ExitCodes.FAILED, "The service failed (" + status + ")." + said);
    };
  }

  private static String explanation(Problem problem) {
    StringBuilder text = new StringBuilder();
    if (problem.detail() != null) {
      text.append(' ').append(problem.detail());
    }
    if (problem.errors() != null && !problem.errors().isEmpty()) {
      text.append(
          problem.errors().stream()
              .map(e -> "\n  " + where(e) + ": " + e.message())
              .collect(Collectors.joining()));
    }
    if (problem.errorId() != null) {
      text.append(" (error id ").append(problem.errorId()).append(')');
    }
    return text.toString();
  }

  /**
   * Where an error is, as a person finds it: a file's {@code sheet, row R, column C (header)} with
   * whatever parts it has (a CSV's sheet is its file name; a missing header has no column), else
   * the request field it names.
   */
  static String where(Problem.FieldError error) {
    List<String> parts = new ArrayList<>();
    if (error.sheet() != null) {
      parts.add(error.sheet());
    }
    if (error.row() != null) {
      parts.add("row " + error.row());
    }
    if (error.column() != null) {
      parts.add("column " + error.column());
    }
    String place =
        parts.isEmpty()
            ? Objects.requireNonNullElse(error.field(), "request")
            : String.join(", ", parts);
    if (error.header() != null && !error.header().isBlank()) {
      place += " (" + error.header() + ")";
    }
    return place;
  }

  private static Problem problem(HttpResponse<InputStream> response) {
    try (InputStream body = response.body()) {
      String type = response.headers().firstValue("Content-Type").orElse("");
      return type.contains("json") ? JSON.readValue(body, Problem.class) : null;
    } catch (IOException e) {
      return null;
    }
  }
}
