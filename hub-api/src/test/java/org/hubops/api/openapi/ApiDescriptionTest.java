package org.hubops.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
    JsonNode schemas = response.json().path("components").path("schemas");
    assertThat(schemas.path("Session").path("properties").has("attendees")).isTrue();
    assertThat(schemas.path("Attendee").path("properties").path("ageBand").path("enum"))
        .extracting(JsonNode::asText)
        .contains("AGE_60_69", "UNKNOWN");
  }
}
