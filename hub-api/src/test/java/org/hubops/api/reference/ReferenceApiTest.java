package org.hubops.api.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The seeded vocabularies arrive whole and in Ukrainian, on both databases. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class ReferenceApiTest {

  @Parameter TestDatabase database;

  @Test
  void all27OblastsAreSeededWithUkrainianAndEnglishNames() {
    JsonNode oblasts = TestService.on(database).api().get("/api/v1/oblasts").json();

    assertThat(oblasts).hasSize(27);
    assertThat(oblasts)
        .anySatisfy(
            o -> {
              assertThat(o.path("code").asText()).isEqualTo("UA-46");
              assertThat(o.path("nameUk").asText()).isEqualTo("Львівська область");
              assertThat(o.path("nameEn").asText()).isEqualTo("Lviv Oblast");
            });
  }

  @Test
  void topicsHoldTheDigCompCompetencesAndThePracticalTopics() {
    JsonNode topics = TestService.on(database).api().get("/api/v1/topics").json();

    assertThat(topics).hasSize(25);
    assertThat(topics).filteredOn(t -> t.path("area").asText().equals("E")).hasSize(4);
    assertThat(topics)
        .anySatisfy(
            t -> {
              assertThat(t.path("code").asText()).isEqualTo("E.1");
              assertThat(t.path("nameUk").asText()).isEqualTo("Державні е-послуги (Дія та інші)");
            });
  }

  @Test
  void unknownPathIsAProblemNotAnHtmlPage() {
    var response = TestService.on(database).api().get("/api/v1/nowhere");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }

  @Test
  void wrongMethodIsAProblemThatSaysWhatIsAllowed() {
    var response = TestService.on(database).api().delete("/api/v1/oblasts");

    assertThat(response.status()).isEqualTo(405);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.header("Allow")).hasValueSatisfying(a -> assertThat(a).contains("GET"));
  }
}
