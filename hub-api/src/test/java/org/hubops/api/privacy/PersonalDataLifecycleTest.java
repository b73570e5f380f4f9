package org.hubops.api.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Kyiv;
import org.hubops.model.Quarter;
import org.hubops.model.Role;
import org.hubops.model.rest.Attendee;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Participant;
import org.hubops.model.rest.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A person's name and phone from consent to erasure (on request and by the retention period), their
 * copy of their data, and the log of who looked; on both databases. A service of its own per
 * database, so that the retention run and the quarter's figures see this test's people alone.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class PersonalDataLifecycleTest {

  private static final Map<TestDatabase, TestService> SERVICES = new EnumMap<>(TestDatabase.class);
  private static final String NAME = "Ганна Петрівна Шевчук";
  private static final String PHONE = "+380 (67) 123-45-67";

  @Parameter TestDatabase database;

  private TestService service() {
    synchronized (SERVICES) {
      return SERVICES.computeIfAbsent(database, d -> TestService.start(d));
    }
  }

  private Api api() {
    return service().api();
  }

  /** A hub open since 2020, so that it can hold sessions of years ago. */
  private Hub oldHub() {
    return Fixtures.created(
        api()
            .post(
                "/api/v1/hubs",
                Fixtures.hub(Fixtures.newHubCode(), "UA-46", LocalDate.of(2020, 1, 1))),
        Hub.class);
  }

  private Participant person(Hub hub) {
    return Fixtures.createParticipant(
        api(), hub, Fixtures.participant("P-" + UUID.randomUUID().toString().substring(0, 8)));
  }

  /** A session on {@code date} attended by {@code who} and two walk-ins. */
  private Session attended(Hub hub, LocalDate date, Participant who) {
    Session template = Fixtures.session(date, 2);
    List<Attendee> attendees = new ArrayList<>(template.attendees());
    attendees.add(
        new Attendee(
            who.id(), who.gender(), org.hubops.model.AgeBand.AGE_60_69, who.idp(), false, false));
    Session session =
        new Session(
            null,
            null,
            template.date(),
            template.startTime(),
            template.durationMinutes(),
            template.kind(),
            template.format(),
            template.title(),
            template.topics(),
            template.trainer(),
            null,
            List.of(),
            attendees,
            null,
            null,
            null);
    return Fixtures.created(
        api().post("/api/v1/hubs/" + hub.id() + "/sessions", session), Session.class);
  }

  private String participantPath(Hub hub, Participant p) {
    return "/api/v1/hubs/" + hub.id() + "/participants/" + p.id();
  }

  @Test
  void erasureRemovesNameAndPhoneForGoodAndEveryFigureStaysTheSame() {
    Hub hub = oldHub();
    Participant person = person(hub);
    LocalDate day = LocalDate.now(Kyiv.ZONE).minusDays(3);
    attended(hub, day, person);
    // An entry as a release before masking wrote it, with the name in its snapshot.
    service()
        .jdbi()
        .useHandle(
            h ->
                h.execute(
                    "insert into audit_entry (id, recorded_at, actor, entity, entity_id, action,"
                        + " before_json, after_json) values (?, current_timestamp, 'old', 'PARTICIPANT', ?,"
                        + " 'UPDATE', ?, ?)",
                    UUID.randomUUID(),
                    person.id().toString(),
                    "{\"fullName\":\"" + NAME + "\",\"phone\":\"" + PHONE + "\"}",
                    "{\"fullName\":\"" + NAME + "\",\"phone\":null}"));
    Quarter quarter = Quarter.containing(day);
    String dataset =
        "/api/v1/reports/quarterly?year=" + quarter.year() + "&quarter=" + quarter.quarter();
    JsonNode before = api().get(dataset).json();

    ApiResponse erased = api().delete(participantPath(hub, person));
    ApiResponse again = api().delete(participantPath(hub, person));

    assertThat(erased.status()).as(erased.toString()).isEqualTo(204);
    assertThat(again.status()).as("erasing again changes nothing").isEqualTo(204);
    Participant after = api().get(participantPath(hub, person)).as(Participant.class);
    assertThat(after.fullName()).isNull();
    assertThat(after.phone()).isNull();
    assertThat(after.code()).isEqualTo(person.code());
    assertThat(after.gender()).isEqualTo(person.gender());
    assertThat(after.birthYear()).isEqualTo(person.birthYear());
    assertThat(after.idp()).isEqualTo(person.idp());
    JsonNode afterDataset = api().get(dataset).json();
    assertThat(withoutTimes(afterDataset)).isEqualTo(withoutTimes(before));
    String trail =
        api().get("/api/v1/audit?entity=PARTICIPANT&id=" + person.id() + "&size=500").body();
    assertThat(trail).doesNotContain(NAME).doesNotContain(PHONE).doesNotContain("***");
    JsonNode newest = api().get("/api/v1/audit?entity=PARTICIPANT&id=" + person.id()).json();
    JsonNode erasure = newest.path("items").get(0);
    assertThat(erasure.path("action").asText()).isEqualTo("ERASE");
    assertThat(erasure.path("after").path("reason").asText()).isEqualTo("REQUEST");
    assertThat(newest.path("total").asInt()).as("create, the old entry, one erasure").isEqualTo(3);
    List<String> stored =
        service()
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "select coalesce(full_name, '') || coalesce(phone, '') from participant"
                                + " where id = :id")
                        .bind("id", person.id())
                        .mapTo(String.class)
                        .list());
    assertThat(stored).containsExactly("");
  }

  /** The dataset's own timestamps (when it was computed) are not figures. */
  private static String withoutTimes(JsonNode dataset) {
    return dataset.toString().replaceAll("\"(generatedAt|computedAt|asOf)\":\"[^\"]*\"", "");
  }

  @Test
  void consentIsRecordedWithItsDate() {
    Hub hub = oldHub();
    Participant today = person(hub);
    Participant given = Fixtures.participant("P-dated");
    Participant dated =
        new Participant(
            null,
            null,
            given.code(),
            given.fullName(),
            given.phone(),
            given.gender(),
            given.birthYear(),
            false,
            false,
            false,
            true,
            LocalDate.of(2025, 5, 6),
            null,
            null,
            null);
    Participant future =
        new Participant(
            null,
            null,
            "P-future",
            null,
            null,
            given.gender(),
            null,
            false,
            false,
            false,
            true,
            LocalDate.now(Kyiv.ZONE).plusDays(2),
            null,
            null,
            null);

    Participant stored = Fixtures.createParticipant(api(), hub, dated);
    ApiResponse refused = api().post("/api/v1/hubs/" + hub.id() + "/participants", future);

    assertThat(today.consentDate()).isEqualTo(LocalDate.now(Kyiv.ZONE));
    assertThat(stored.consentDate()).isEqualTo(LocalDate.of(2025, 5, 6));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.errorFields()).containsExactly("consentDate");
  }

  @Test
  void retentionErasesThoseWhoLastCameLongerAgoThanThePeriod() {
    Hub hub = oldHub();
    Participant gone = person(hub);
    Participant back = person(hub);
    attended(hub, LocalDate.of(2022, 6, 1), gone);
    attended(hub, LocalDate.of(2022, 6, 1), back);
    attended(hub, LocalDate.now(Kyiv.ZONE).minusDays(10), back);

    ApiResponse dry = api().get("/api/v1/privacy/retention");

    assertThat(dry.status()).as(dry.toString()).isEqualTo(200);
    assertThat(dry.body()).doesNotContain(NAME).doesNotContain(PHONE);
    JsonNode due = dry.json().path("due");
    assertThat(due.findValuesAsText("participantCode"))
        .contains(gone.code())
        .doesNotContain(back.code());
    JsonNode line = due.get(due.findValuesAsText("participantCode").indexOf(gone.code()));
    assertThat(line.path("hubCode").asText()).isEqualTo(hub.code());
    assertThat(line.path("lastAttendance").asText()).isEqualTo("2022-06-01");
    assertThat(dry.json().path("retentionMonths").asInt()).isEqualTo(36);
    assertThat(api().get(participantPath(hub, gone)).as(Participant.class).fullName())
        .as("a dry run erases nothing")
        .isEqualTo(NAME);

    ApiResponse run = api().post("/api/v1/privacy/retention/run", "{}");

    assertThat(run.status()).as(run.toString()).isEqualTo(200);
    assertThat(api().get(participantPath(hub, gone)).as(Participant.class).fullName()).isNull();
    assertThat(api().get(participantPath(hub, back)).as(Participant.class).fullName())
        .isEqualTo(NAME);
    assertThat(
            api()
                .get("/api/v1/privacy/retention")
                .json()
                .path("due")
                .findValuesAsText("participantCode"))
        .doesNotContain(gone.code());
  }

  @Test
  void aPersonsCopyHoldsTheirEntryAndEveryAttendance() {
    Hub hub = oldHub();
    Participant person = person(hub);
    Session first = attended(hub, LocalDate.of(2024, 3, 4), person);
    attended(hub, LocalDate.of(2024, 3, 5), person(hub));
    Session second = attended(hub, LocalDate.now(Kyiv.ZONE).minusDays(1), person);
    Api coordinator = service().as(Role.COORDINATOR, hub);

    ApiResponse export = coordinator.get(participantPath(hub, person) + "/export");

    assertThat(export.status()).as(export.toString()).isEqualTo(200);
    JsonNode copy = export.json();
    assertThat(copy.path("participant").path("fullName").asText()).isEqualTo(NAME);
    assertThat(copy.path("hub").path("code").asText()).isEqualTo(hub.code());
    assertThat(copy.path("attendances").findValuesAsText("sessionId"))
        .containsExactly(first.id().toString(), second.id().toString());
    assertThat(copy.path("attendances").get(0).path("ageBand").asText()).isEqualTo("AGE_60_69");
    assertThat(export.header("Content-Disposition"))
        .hasValueSatisfying(h -> assertThat(h).contains("attachment"));
  }

  @Test
  void everyReadOfANameIsLoggedWithoutTheName() {
    Hub hub = oldHub();
    Participant person = person(hub);
    String username = service().addAccount(Role.COORDINATOR, hub).username();
    Api coordinator = api().withToken(service().issueToken(username));
    Api association = service().as(Role.ASSOCIATION);
    String log = "/api/v1/privacy/access-log?participant=" + person.id();
    int before = api().get(log).json().path("total").asInt();

    coordinator.get(participantPath(hub, person));
    coordinator.get("/api/v1/hubs/" + hub.id() + "/participants");
    coordinator.get(participantPath(hub, person) + "/export");
    association.get(participantPath(hub, person));
    association.get("/api/v1/hubs/" + hub.id() + "/participants");

    ApiResponse read = api().get(log);
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    assertThat(read.body()).doesNotContain(NAME).doesNotContain(PHONE);
    JsonNode items = read.json().path("items");
    assertThat(read.json().path("total").asInt() - before)
        .as("association staff see no name")
        .isEqualTo(3);
    assertThat(items.findValuesAsText("actor")).first().isEqualTo(username);
    assertThat(items.findValuesAsText("route"))
        .contains(
            "GET /api/v1/hubs/{hubId}/participants/{id}",
            "GET /api/v1/hubs/{hubId}/participants",
            "GET /api/v1/hubs/{hubId}/participants/{id}/export");
    String today = LocalDate.now(Kyiv.ZONE).toString();
    assertThat(api().get(log + "&from=" + today + "&to=" + today).json().path("total").asInt())
        .isEqualTo(read.json().path("total").asInt());
    assertThat(api().get(log + "&to=2020-01-01").json().path("total").asInt()).isZero();
    assertThat(api().get("/api/v1/privacy/access-log?participant=nope").status()).isEqualTo(422);
  }
}
