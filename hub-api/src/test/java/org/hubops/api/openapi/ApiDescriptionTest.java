package org.hubops.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.junit.jupiter.api.Test;

/** A program's author finds every call and every record of the API in the description. */
class ApiDescriptionTest {

  @Test
  void descriptionListsTheCallsOfDesignWithTheirRecords() {
    ApiResponse response = TestService.on(TestDatabase.H2).api().get("/api/openapi.json");

    assertThat(response.status()).isEqualTo(200);
    JsonNode paths = response.json().path("paths");
    assertThat(paths.path("/api/v1/hubs").has("get")).isTrue();
    assertThat(paths.path("/api/v1/hubs").has("post")).isTrue();
    JsonNode session = paths.path("/api/v1/hubs/{hubId}/sessions/{sessionId}");
    assertThat(session.has("get") && session.has("put") && session.has("delete")).isTrue();
    assertThat(paths.path("/api/v1/hubs/{hubId}/equipment/{id}/status").has("post")).isTrue();
    assertThat(paths.path("/api/v1/oblasts").has("get")).isTrue();
    assertThat(paths.path("/api/v1/places").has("get")).isTrue();
    assertThat(paths.path("/api/v1/places/{code}").has("get")).isTrue();
    assertThat(paths.path("/api/v1/hubs/{hubId}/submissions/{quarter}").has("put")).isTrue();
    assertThat(paths.path("/api/v1/hubs/{hubId}/submissions/{quarter}/checklist").has("get"))
        .isTrue();
    assertThat(paths.path("/api/v1/hubs/{hubId}/submissions/{quarter}/return").has("post"))
        .isTrue();
    assertThat(paths.path("/api/v1/quarters/{quarter}/lock").has("put")).isTrue();
    assertThat(paths.path("/api/v1/reports/completeness").has("get")).isTrue();
    assertThat(paths.path("/api/v1/reports/completeness/missing").has("get")).isTrue();
    assertThat(paths.path("/api/v1/reminders").has("get")).isTrue();
    assertThat(paths.path("/api/v1/reminders/send").has("post")).isTrue();
    JsonNode schemas = response.json().path("components").path("schemas");
    assertThat(schemas.path("Account").path("properties").has("email")).isTrue();
    assertThat(schemas.path("Account").path("properties").has("oblasts")).isTrue();
    assertThat(schemas.path("Account").path("properties").path("role").path("enum"))
        .extracting(JsonNode::asText)
        .contains("REGIONAL");
    assertThat(schemas.path("ReminderPlan").path("properties").has("recipients")).isTrue();
    assertThat(schemas.path("HubContacts").path("properties").has("coordinators")).isTrue();
    JsonNode participant = paths.path("/api/v1/hubs/{hubId}/participants/{id}");
    assertThat(participant.has("get") && participant.has("put") && participant.has("delete"))
        .isTrue();
    assertThat(paths.path("/api/v1/hubs/{hubId}/participants/{id}/export").has("get")).isTrue();
    assertThat(paths.path("/api/v1/privacy/retention").has("get")).isTrue();
    assertThat(paths.path("/api/v1/privacy/retention/run").has("post")).isTrue();
    assertThat(paths.path("/api/v1/privacy/access-log").has("get")).isTrue();
    assertThat(schemas.path("Participant").path("properties").has("consentDate")).isTrue();
    assertThat(schemas.path("ParticipantAccess").path("properties").has("route")).isTrue();
    assertThat(schemas.path("Session").path("properties").has("attendees")).isTrue();
    assertThat(schemas.path("Attendee").path("properties").path("ageBand").path("enum"))
        .extracting(JsonNode::asText)
        .contains("AGE_60_69", "UNKNOWN");
  }

  @Test
  void importsAndTheTemplateAreDescribedWithTheirFilesDryRunAndProblems() {
    JsonNode description = TestService.on(TestDatabase.H2).api().get("/api/openapi.json").json();
    JsonNode paths = description.path("paths");

    assertThat(paths.path("/api/v1/hubs/{hubId}/template").has("get")).isTrue();
    assertThat(
            paths
                .path("/api/v1/hubs/{hubId}/template")
                .path("get")
                .path("responses")
                .path("200")
                .path("content")
                .has(XLSX))
        .isTrue();
    for (String path :
        List.of(
            "/api/v1/hubs/{hubId}/imports",
            "/api/v1/hubs/{hubId}/equipment/imports",
            "/api/v1/hubs/imports")) {
      JsonNode post = paths.path(path).path("post");
      assertThat(post.isMissingNode()).as(path).isFalse();
      assertThat(post.path("parameters").findValuesAsText("name")).as(path).contains("dryRun");
      JsonNode content = post.path("requestBody").path("content");
      assertThat(content.path("multipart/form-data").path("schema").path("properties").has("file"))
          .as(path)
          .isTrue();
      assertThat(content.has(XLSX) && content.has("text/csv")).as(path).isTrue();
      JsonNode refused = post.path("responses").path("422").path("content");
      assertThat(refused.has("application/problem+json")).as(path).isTrue();
      assertThat(post.path("responses").has("413")).as(path).isTrue();
    }
    assertThat(
            paths
                .path("/api/v1/hubs/{hubId}/imports")
                .path("post")
                .path("requestBody")
                .path("content")
                .path("multipart/form-data")
                .path("schema")
                .path("properties")
                .has("attendees"))
        .isTrue();
    JsonNode fieldError =
        description.path("components").path("schemas").path("FieldError").path("properties");
    assertThat(fieldError.has("sheet") && fieldError.has("row") && fieldError.has("column"))
        .isTrue();
    // The pages are not part of the API.
    assertThat(paths.has("/hubs/{hubId}/imports")).isFalse();
  }

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
