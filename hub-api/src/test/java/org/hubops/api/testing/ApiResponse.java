package org.hubops.api.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the service answered: status, headers and the body, read as JSON on demand. */
public final class ApiResponse {

  private final HttpResponse<String> response;

  ApiResponse(HttpResponse<String> response) {
    this.response = response;
  }

  public int status() {
    return response.statusCode();
  }

  public String body() {
    return response.body();
  }

  public Optional<String> header(String name) {
    return response.headers().firstValue(name);
  }

  public String contentType() {
    return header("Content-Type").orElse("");
  }

  public JsonNode json() {
    try {
      return Api.JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("Not JSON: " + response.body(), e);
    }
  }

  public <T> T as(Class<T> type) {
    try {
      return Api.JSON.readValue(response.body(), type);
    } catch (IOException e) {
      throw new UncheckedIOException("Not a " + type.getSimpleName() + ": " + response.body(), e);
    }
  }

  /** The fields named in a problem+json answer's {@code errors}. */
  public List<String> errorFields() {
    List<String> fields = new ArrayList<>();
    json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
    return fields;
  }

  @Override
  public String toString() {
    return status() + " " + body();
  }
}
