package org.hubops.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.Race;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.Kyiv;
import org.hubops.model.rest.Equipment;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Participant;
import org.hubops.model.rest.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Many clients at once, as at the end of a quarter: every session counted, no lost update (one
 * writer wins, the others hear 409 and the record is the winner's), no duplicate from a retried
 * create, no 5xx and no request stuck behind a lock.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class ConcurrentWritesTest {

  /** Longer than any request takes on a busy two-core machine; shorter than a lock wait. */
  private static final long STUCK_MILLIS = 8_000;

  @Parameter TestDatabase database;

  private static final LocalDate DAY = LocalDate.now(Kyiv.ZONE).minusDays(2);

  private Api api() {
    return TestService.on(database).api();
  }

  @Test
  void sessionsLoggedAtOnceToOneHubAreAllCounted() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    String sessions = "/api/v1/hubs/" + hub.id() + "/sessions";
    int clients = 32;
    int each = 4;

    List<Race.Timed<List<Integer>>> results =
        Race.run(
            clients,
            client ->
                IntStream.range(0, each)
                    .mapToObj(i -> api.post(sessions, Fixtures.session(DAY, 1 + i)).status())
                    .toList());

    assertNoneStuck(results);
    assertThat(results).allSatisfy(r -> assertThat(r.result()).containsOnly(201));
    assertThat(api.get(sessions + "?size=1").json().path("total").asLong())
        .isEqualTo((long) clients * each);
    long attendees =
        api.get(sessions + "?size=500").as(SessionPage.class).items().stream()
            .mapToLong(s -> s.attendees().size())
            .sum();
    assertThat(attendees).isEqualTo((long) clients * (1 + 2 + 3 + 4));
  }

  @Test
  void oneRetrySafePutSentAHundredTimesAtOnceMakesOneSession() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    String sessions = "/api/v1/hubs/" + hub.id() + "/sessions";
    String path = sessions + "/" + UUID.randomUUID();
    Session sent = Fixtures.session(DAY, 3);

    List<Race.Timed<ApiResponse>> results = Race.run(100, client -> api.put(path, sent));

    assertNoneStuck(results);
    assertThat(results)
        .allSatisfy(r -> assertThat(r.result().status()).as(r.result().toString()).isIn(200, 201));
    assertThat(results.stream().filter(r -> r.result().status() == 201)).hasSize(1);
    assertThat(api.get(sessions).json().path("total").asLong()).isEqualTo(1);
    assertThat(api.get(path).as(Session.class).version()).isEqualTo(1L);
  }

  @Test
  void sessionEditedByManyFromTheSameVersionKeepsOnlyTheWinner() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    Session stored =
        api.post("/api/v1/hubs/" + hub.id() + "/sessions", Fixtures.session(DAY, 1))
            .as(Session.class);
    String path = "/api/v1/hubs/" + hub.id() + "/sessions/" + stored.id();

    List<Race.Timed<ApiResponse>> results =
        Race.run(
            20,
            client -> {
              ObjectNode edit = Api.JSON.valueToTree(Fixtures.session(DAY, 2 + client));
              edit.put("version", 1);
              return api.put(path, edit);
            });

    ApiResponse winner = onlyWinner(results);
    Session now = api.get(path).as(Session.class);
    assertThat(now.version()).isEqualTo(2L);
    assertThat(now.attendees()).isEqualTo(winner.as(Session.class).attendees());
  }

  @Test
  void participantEditedByManyFromTheSameVersionKeepsOnlyTheWinner() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    Participant stored = Fixtures.createParticipant(api, hub, Fixtures.participant("RACE-1"));

    String kept =
        editedByManyAtOnce(
            api, "/api/v1/hubs/" + hub.id() + "/participants/" + stored.id(), stored, "fullName");

    assertThat(kept).startsWith("by client ");
  }

  @Test
  void equipmentEditedByManyFromTheSameVersionKeepsOnlyTheWinner() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    Equipment stored = Fixtures.createEquipment(api, hub, Fixtures.equipment("RACE-1"));

    String kept =
        editedByManyAtOnce(
            api, "/api/v1/hubs/" + hub.id() + "/equipment/" + stored.id(), stored, "model");

    assertThat(kept).startsWith("by client ");
  }

  /**
   * Twenty clients change {@code field} of the record read as {@code stored}, each to a value of
   * its own, all from version 1; checks that one won and the record is now the winner's, and
   * returns the value kept.
   */
  private static String editedByManyAtOnce(Api api, String path, Object stored, String field) {
    List<Race.Timed<ApiResponse>> results =
        Race.run(
            20,
            client -> {
              ObjectNode edit = Api.JSON.valueToTree(stored);
              edit.put(field, "by client " + client);
              return api.put(path, edit);
            });

    ApiResponse winner = onlyWinner(results);
    JsonNode now = api.get(path).json();
    assertThat(now.path("version").asLong()).isEqualTo(2L);
    assertThat(now.path(field).asText()).isEqualTo(winner.json().path(field).asText());
    return now.path(field).asText();
  }

  @Test
  void racingStatusChangesLeaveOneChangeInTheHistory() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    Equipment stored = Fixtures.createEquipment(api, hub, Fixtures.equipment("RACE-2"));
    String path = "/api/v1/hubs/" + hub.id() + "/equipment/" + stored.id();
    EquipmentStatus[] targets = {
      EquipmentStatus.UNDER_REPAIR, EquipmentStatus.BROKEN, EquipmentStatus.LOST
    };

    List<Race.Timed<ApiResponse>> results =
        Race.run(
            18,
            client -> {
              ObjectNode change = Api.JSON.createObjectNode();
              change.put("status", targets[client % targets.length].name());
              change.put("version", 1);
              change.put("note", "client " + client);
              return api.post(path + "/status", change);
            });

    ApiResponse winner = onlyWinner(results);
    Equipment now = api.get(path).as(Equipment.class);
    assertThat(now.status()).isEqualTo(winner.as(Equipment.class).status());
    assertThat(api.get(path + "/history").json()).hasSize(2);
  }

  /** Exactly one 200, every other answer a 409 problem; the winner's answer is returned. */
  private static ApiResponse onlyWinner(List<Race.Timed<ApiResponse>> results) {
    assertNoneStuck(results);
    assertThat(results)
        .allSatisfy(r -> assertThat(r.result().status()).as(r.result().toString()).isIn(200, 409));
    List<ApiResponse> winners =
        results.stream().map(Race.Timed::result).filter(r -> r.status() == 200).toList();
    assertThat(winners).hasSize(1);
    assertThat(results.stream().map(Race.Timed::result).filter(r -> r.status() == 409))
        .allSatisfy(r -> assertThat(r.contentType()).startsWith("application/problem+json"))
        .hasSize(results.size() - 1);
    return winners.get(0);
  }

  private static <T> void assertNoneStuck(List<Race.Timed<T>> results) {
    assertThat(results.stream().mapToLong(Race.Timed::millis).max().orElse(0))
        .as("slowest request (ms)")
        .isLessThan(STUCK_MILLIS);
  }

  /** A page of sessions, read whole. */
  record SessionPage(List<Session> items, int page, int size, long total) {}
}
