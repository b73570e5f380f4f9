package org.hubops.api.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.UUID;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Kyiv;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Logging, changing and deleting sessions through the running service, on both databases. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class SessionApiTest {

  @Parameter TestDatabase database;

  private Api api() {
    return TestService.on(database).api();
  }

  private static String sessions(Hub hub) {
    return "/api/v1/hubs/" + hub.id() + "/sessions";
  }

  private static LocalDate lastWeek() {
    return LocalDate.now(Kyiv.ZONE).minusDays(7);
  }

  @Test
  void loggedSessionIsReadBackWithTopicsAttendeesAndUkrainianText() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    Session sent = Fixtures.session(lastWeek(), 12);

    ApiResponse created = api.post(sessions(hub), sent);

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    Session stored = created.as(Session.class);
    assertThat(created.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith(stored.id().toString()));
    Session read = api.get(sessions(hub) + "/" + stored.id()).as(Session.class);
    assertThat(read.title()).isEqualTo("Дія: як отримати е-послуги");
    assertThat(read.trainer()).isEqualTo("Олена Коваль");
    assertThat(read.topics()).containsExactlyInAnyOrder("E.1", "2.2");
    assertThat(read.attendees()).isEqualTo(sent.attendees());
    assertThat(read.hubId()).isEqualTo(hub.id());
    assertThat(read.version()).isEqualTo(1L);
    assertThat(read.date()).isEqualTo(sent.date());
    assertThat(read.startTime()).isEqualTo(sent.startTime());
  }

  @Test
  void putWithNewIdCreatesOnceHoweverOftenItIsRetried() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    String path = sessions(hub) + "/" + UUID.randomUUID();
    Session sent = Fixtures.session(lastWeek(), 3);

    ApiResponse first = api.put(path, sent);
    ApiResponse retry = api.put(path, sent);
    ApiResponse again = api.put(path, sent);

    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.as(Session.class).version()).isEqualTo(1L);
    assertThat(api.get(sessions(hub)).json().path("total").asLong()).isEqualTo(1);
  }

  @Test
  void putOfAnExistingIdWithOtherContentAndNoVersionIsAConflict() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    String path = sessions(hub) + "/" + UUID.randomUUID();
    api.put(path, Fixtures.session(lastWeek(), 3));

    ApiResponse different = api.put(path, Fixtures.session(lastWeek(), 4));

    assertThat(different.status()).isEqualTo(409);
    assertThat(api.get(path).as(Session.class).attendees()).hasSize(3);
  }

  @Test
  void staleVersionIsRejectedWithConflictAndChangesNothing() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    Session stored = api.post(sessions(hub), Fixtures.session(lastWeek(), 2)).as(Session.class);
    String path = sessions(hub) + "/" + stored.id();

    ObjectNode edit = body(Fixtures.session(lastWeek(), 5));
    edit.put("version", stored.version());
    ApiResponse firstEdit = api.put(path, edit);
    ObjectNode staleEdit = body(Fixtures.session(lastWeek(), 8));
    staleEdit.put("version", stored.version());
    ApiResponse secondEdit = api.put(path, staleEdit);

    assertThat(firstEdit.status()).as(firstEdit.toString()).isEqualTo(200);
    assertThat(firstEdit.as(Session.class).version()).isEqualTo(2L);
    assertThat(secondEdit.status()).isEqualTo(409);
    assertThat(secondEdit.contentType()).startsWith("application/problem+json");
    Session now = api.get(path).as(Session.class);
    assertThat(now.attendees()).hasSize(5);
    assertThat(now.version()).isEqualTo(2L);
  }

  @Test
  void anEditSentAgainAfterItsAnswerWasLostIsAnsweredAsSavedNotAsAConflict() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    Session stored = api.post(sessions(hub), Fixtures.session(lastWeek(), 2)).as(Session.class);
    String path = sessions(hub) + "/" + stored.id();
    ObjectNode edit = body(Fixtures.session(lastWeek(), 5));
    edit.put("version", stored.version());

    ApiResponse first = api.put(path, edit);
    ApiResponse again = api.put(path, edit);

    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.as(Session.class).version()).isEqualTo(2L);
    assertThat(api.get(path).as(Session.class).version()).isEqualTo(2L);
  }

  @Test
  void deletedSessionVanishesFromListsAndReadsAndItsIdIsNotReused() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    Session kept = api.post(sessions(hub), Fixtures.session(lastWeek(), 1)).as(Session.class);
    Session deleted = api.post(sessions(hub), Fixtures.session(lastWeek(), 2)).as(Session.class);
    String path = sessions(hub) + "/" + deleted.id();

    ApiResponse deletion = api.delete(path);

    assertThat(deletion.status()).isEqualTo(204);
    assertThat(api.get(path).status()).isEqualTo(404);
    JsonNode list = api.get(sessions(hub)).json();
    assertThat(list.path("total").asLong()).isEqualTo(1);
    assertThat(list.path("items").get(0).path("id").asText()).isEqualTo(kept.id().toString());
    assertThat(api.delete(path).status()).isEqualTo(404);
    assertThat(api.put(path, Fixtures.session(lastWeek(), 2)).status()).isEqualTo(409);
  }

  @Test
  void deleteWithStaleVersionIsAConflict() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    Session stored = api.post(sessions(hub), Fixtures.session(lastWeek(), 1)).as(Session.class);
    ObjectNode edit = body(Fixtures.session(lastWeek(), 2));
    edit.put("version", 1);
    api.put(sessions(hub) + "/" + stored.id(), edit);

    ApiResponse deletion = api.delete(sessions(hub) + "/" + stored.id() + "?version=1");

    assertThat(deletion.status()).isEqualTo(409);
    assertThat(api.get(sessions(hub) + "/" + stored.id()).status()).isEqualTo(200);
  }

  @Test
  void listIsPagedNewestFirstAndFilteredByDates() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    LocalDate start = LocalDate.of(2026, 3, 1);
    for (int day = 0; day < 5; day++) {
      api.post(sessions(hub), Fixtures.session(start.plusDays(day), day + 1));
    }

    JsonNode secondPage = api.get(sessions(hub) + "?page=1&size=2").json();
    JsonNode middle = api.get(sessions(hub) + "?from=2026-03-02&to=2026-03-04").json();

    assertThat(secondPage.path("total").asLong()).isEqualTo(5);
    assertThat(secondPage.path("page").asInt()).isEqualTo(1);
    assertThat(secondPage.path("size").asInt()).isEqualTo(2);
    assertThat(secondPage.path("items"))
        .extracting(s -> s.path("date").asText())
        .containsExactly("2026-03-03", "2026-03-02");
    assertThat(middle.path("total").asLong()).isEqualTo(3);
    assertThat(middle.path("items").get(0).path("attendees")).hasSize(4);
  }

  @Test
  void sessionsOfAnotherHubAreNotFoundThroughThisHub() {
    Api api = api();
    Hub mine = Fixtures.createHub(api);
    Hub other = Fixtures.createHub(api);
    Session theirs = api.post(sessions(other), Fixtures.session(lastWeek(), 1)).as(Session.class);

    ApiResponse read = api.get(sessions(mine) + "/" + theirs.id());
    ApiResponse overwrite =
        api.put(sessions(mine) + "/" + theirs.id(), Fixtures.session(lastWeek(), 1));
    ApiResponse deletion = api.delete(sessions(mine) + "/" + theirs.id());

    assertThat(read.status()).isEqualTo(404);
    assertThat(overwrite.status()).isEqualTo(409);
    assertThat(deletion.status()).isEqualTo(404);
    assertThat(api.get(sessions(other) + "/" + theirs.id()).as(Session.class).attendees())
        .hasSize(1);
  }

  @Test
  void hubCanBeNamedByItsCodeInThePath() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    api.post(sessions(hub), Fixtures.session(lastWeek(), 1));

    ApiResponse byCode = api.get("/api/v1/hubs/" + hub.code().toLowerCase() + "/sessions");

    assertThat(byCode.status()).isEqualTo(200);
    assertThat(byCode.json().path("total").asLong()).isEqualTo(1);
  }

  @Test
  void unknownHubAndSessionAreProblemNotFound() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);

    ApiResponse noHub = api.get("/api/v1/hubs/" + UUID.randomUUID() + "/sessions");
    ApiResponse noSession = api.get(sessions(hub) + "/" + UUID.randomUUID());
    ApiResponse notAnId = api.get(sessions(hub) + "/not-an-id");

    for (ApiResponse response : new ApiResponse[] {noHub, noSession, notAnId}) {
      assertThat(response.status()).isEqualTo(404);
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(response.json().path("status").asInt()).isEqualTo(404);
    }
  }

  private static ObjectNode body(Session session) {
    return Api.JSON.valueToTree(session);
  }
}
