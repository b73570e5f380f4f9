package org.hubops.api.participants;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Gender;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Participant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A hub's participant register through the running service, on both databases. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class ParticipantApiTest {

  @Parameter TestDatabase database;

  private Api api() {
    return TestService.on(database).api();
  }

  private static String participants(Hub hub) {
    return "/api/v1/hubs/" + hub.id() + "/participants";
  }

  @Test
  void registeredParticipantIsReadBackWithUkrainianText() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    Participant sent = Fixtures.participant("ЛВ-001");

    ApiResponse created = api.post(participants(hub), sent);

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    Participant stored = created.as(Participant.class);
    assertThat(created.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith(stored.id().toString()));
    Participant read = api.get(participants(hub) + "/" + stored.id()).as(Participant.class);
    assertThat(read.code()).isEqualTo("ЛВ-001");
    assertThat(read.fullName()).isEqualTo("Ганна Петрівна Шевчук");
    assertThat(read.phone()).isEqualTo("+380 (67) 123-45-67");
    assertThat(read.gender()).isEqualTo(Gender.FEMALE);
    assertThat(read.birthYear()).isEqualTo(1958);
    assertThat(read.idp()).isTrue();
    assertThat(read.consentGiven()).isTrue();
    assertThat(read.hubId()).isEqualTo(hub.id());
    assertThat(read.version()).isEqualTo(1L);
    assertThat(read.createdAt()).isNotNull();
  }

  @Test
  void updateWithCurrentVersionChangesAndStaleVersionIsAConflict() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    Participant stored = Fixtures.createParticipant(api, hub, Fixtures.participant("P-1"));
    String path = participants(hub) + "/" + stored.id();

    ObjectNode edit = Api.JSON.valueToTree(stored);
    edit.put("fullName", "Ганна Шевчук-Мельник").put("veteran", true);
    ApiResponse firstEdit = api.put(path, edit);
    ObjectNode staleEdit = Api.JSON.valueToTree(stored);
    staleEdit.put("birthYear", 1960);
    ApiResponse secondEdit = api.put(path, staleEdit);

    assertThat(firstEdit.status()).as(firstEdit.toString()).isEqualTo(200);
    assertThat(firstEdit.as(Participant.class).version()).isEqualTo(2L);
    assertThat(secondEdit.status()).as(secondEdit.toString()).isEqualTo(409);
    assertThat(secondEdit.contentType()).startsWith("application/problem+json");
    Participant now = api.get(path).as(Participant.class);
    assertThat(now.fullName()).isEqualTo("Ганна Шевчук-Мельник");
    assertThat(now.veteran()).isTrue();
    assertThat(now.birthYear()).isEqualTo(1958);
  }

  @Test
  void listIsPagedInCodeOrderAndSearchedByCode() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    for (String code : List.of("P-005", "P-001", "Q-100", "P-003", "P-002")) {
      Fixtures.createParticipant(api, hub, Fixtures.participant(code));
    }

    JsonNode secondPage = api.get(participants(hub) + "?page=1&size=2").json();
    JsonNode search = api.get(participants(hub) + "?q=p-00").json();

    assertThat(secondPage.path("total").asLong()).isEqualTo(5);
    assertThat(secondPage.path("page").asInt()).isEqualTo(1);
    assertThat(secondPage.path("size").asInt()).isEqualTo(2);
    assertThat(secondPage.path("items"))
        .extracting(p -> p.path("code").asText())
        .containsExactly("P-003", "P-005");
    assertThat(search.path("total").asLong()).isEqualTo(4);
    assertThat(search.path("items"))
        .extracting(p -> p.path("code").asText())
        .containsExactly("P-001", "P-002", "P-003", "P-005");
  }

  @Test
  void codeIsUniqueInAHubButMayRepeatInAnother() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    Hub other = Fixtures.createHub(api);
    Fixtures.createParticipant(api, hub, Fixtures.participant("P-7"));

    ApiResponse again = api.post(participants(hub), Fixtures.participant(" P-7 "));
    ApiResponse elsewhere = api.post(participants(other), Fixtures.participant("P-7"));

    assertThat(again.status()).isEqualTo(422);
    assertThat(again.errorFields()).containsExactly("code");
    assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(201);
    assertThat(api.get(participants(hub)).json().path("total").asLong()).isEqualTo(1);
  }

  @Test
  void renamingOntoAnotherParticipantsCodeIsRefused() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    Fixtures.createParticipant(api, hub, Fixtures.participant("P-1"));
    Participant second = Fixtures.createParticipant(api, hub, Fixtures.participant("P-2"));

    ObjectNode edit = Api.JSON.valueToTree(second);
    edit.put("code", "P-1");
    ApiResponse response = api.put(participants(hub) + "/" + second.id(), edit);

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.errorFields()).containsExactly("code");
  }

  @Test
  void sameCodeSentAtOnceIsStoredOnceAndTheOthersHearAFieldError() throws Exception {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    int senders = 8;
    // Threads of its own and a common start line: the shared pool may run one task at a time.
    ExecutorService pool = Executors.newFixedThreadPool(senders);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ApiResponse>> sent = new ArrayList<>();
    try {
      for (int i = 0; i < senders; i++) {
        sent.add(
            pool.submit(
                () -> {
                  start.await();
                  return api.post(participants(hub), Fixtures.participant("RACE-1"));
                }));
      }
      start.countDown();
      List<ApiResponse> responses = new ArrayList<>();
      for (Future<ApiResponse> response : sent) {
        responses.add(response.get(30, TimeUnit.SECONDS));
      }

      assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
      assertThat(responses)
          .filteredOn(r -> r.status() != 201)
          .allSatisfy(
              r -> {
                assertThat(r.status()).as(r.toString()).isEqualTo(422);
                assertThat(r.errorFields()).containsExactly("code");
              });
      assertThat(api.get(participants(hub)).json().path("total").asLong()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void participantsOfAnotherHubAreNotFoundThroughThisHub() {
    Api api = api();
    Hub mine = Fixtures.createHub(api);
    Hub other = Fixtures.createHub(api);
    Participant theirs = Fixtures.createParticipant(api, other, Fixtures.participant("P-1"));

    ApiResponse read = api.get(participants(mine) + "/" + theirs.id());
    ApiResponse overwrite = api.put(participants(mine) + "/" + theirs.id(), theirs);

    assertThat(read.status()).isEqualTo(404);
    assertThat(overwrite.status()).isEqualTo(404);
    assertThat(api.get(participants(mine)).json().path("total").asLong()).isZero();
    assertThat(api.get(participants(other) + "/" + theirs.id()).as(Participant.class).version())
        .isEqualTo(1L);
  }

  @Test
  void createWithAnIdAlreadyUsedIsAConflict() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    Participant stored = Fixtures.createParticipant(api, hub, Fixtures.participant("P-1"));

    ObjectNode again = Api.JSON.valueToTree(Fixtures.participant("P-2"));
    again.put("id", stored.id().toString());
    ApiResponse response = api.post(participants(hub), again);

    assertThat(response.status()).isEqualTo(409);
    assertThat(api.get(participants(hub)).json().path("total").asLong()).isEqualTo(1);
  }

  @Test
  void unknownOrMalformedIdIsProblemNotFound() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);

    for (String id : List.of(UUID.randomUUID().toString(), "not-an-id")) {
      ApiResponse response = api.get(participants(hub) + "/" + id);
      assertThat(response.status()).isEqualTo(404);
      assertThat(response.contentType()).startsWith("application/problem+json");
    }
  }
}
