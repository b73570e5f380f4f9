package org.hubops.api.participants;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.web.WebCast;
import org.hubops.api.web.WebClient;
import org.hubops.model.rest.Participant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A coordinator erases a participant's name and phone from the register's page: a link, a
 * confirmation page that names the person by code only, a form with the session's CSRF token; and
 * every page that showed the name is in the access log. On both databases.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class ParticipantErasePageTest {

  @Parameter TestDatabase database;

  @Test
  void aCoordinatorErasesANameAfterConfirmingIt() {
    WebCast cast = WebCast.on(database);
    Participant person =
        Fixtures.createParticipant(
            cast.service().api(), cast.hubA(), Fixtures.participant("P-" + Fixtures.newHubCode()));
    WebClient coordinator = cast.as(cast.coordinator());
    String page = "/hubs/" + cast.hubA().id() + "/participants/" + person.id();

    WebClient.Answer edit = coordinator.get(page);
    WebClient.Answer confirm = coordinator.get(page + "/erase");
    WebClient.Answer forged = coordinator.post(page + "/erase", Map.of("csrf", "forged"));
    WebClient.Answer erased = coordinator.post(page + "/erase", Map.of());
    WebClient.Answer after = coordinator.get(page);
    WebClient.Answer list = coordinator.get(erased.location());

    assertThat(edit.body()).contains(person.fullName()).contains("href=\"" + page + "/erase\"");
    assertThat(confirm.status()).isEqualTo(200);
    assertThat(confirm.body())
        .contains(person.code())
        .contains("Стерти назавжди")
        .doesNotContain(person.fullName());
    assertThat(forged.status()).isEqualTo(403);
    assertThat(erased.status()).isEqualTo(303);
    assertThat(erased.location()).endsWith("/participants?erased=1");
    assertThat(list.body()).contains("Ім’я і телефон стерто.");
    assertThat(after.body()).doesNotContain(person.fullName()).doesNotContain("/erase\"");
    Participant stored =
        cast.service()
            .api()
            .get("/api/v1/hubs/" + cast.hubA().id() + "/participants/" + person.id())
            .as(Participant.class);
    assertThat(stored.fullName()).isNull();
    assertThat(stored.phone()).isNull();
    assertThat(stored.code()).isEqualTo(person.code());
    JsonNode reads =
        cast.service()
            .api()
            .get("/api/v1/privacy/access-log?participant=" + person.id())
            .json()
            .path("items");
    List<String> byCoordinator =
        java.util.stream.StreamSupport.stream(reads.spliterator(), false)
            .filter(r -> r.path("actor").asText().equals(cast.coordinator().username()))
            .map(r -> r.path("route").asText())
            .toList();
    assertThat(byCoordinator).containsExactly("GET /hubs/{hubId}/participants/{id}");
  }

  @Test
  void theConfirmationSpeaksEnglishOnRequest() {
    WebCast cast = WebCast.on(database);
    Participant person =
        Fixtures.createParticipant(
            cast.service().api(), cast.hubA(), Fixtures.participant("P-" + Fixtures.newHubCode()));
    WebClient coordinator = cast.as(cast.coordinator());
    coordinator.get("/lang/en?back=/");

    WebClient.Answer confirm =
        coordinator.get("/hubs/" + cast.hubA().id() + "/participants/" + person.id() + "/erase");

    assertThat(confirm.body()).contains("Erase for good").contains(person.code());
  }
}
