package org.hubops.api.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubops.api.testing.ProblemAssertions.assertProblemNaming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.testing.ConfigOverride;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.api.testing.Workbooks;
import org.hubops.model.HubStatus;
import org.hubops.model.Kyiv;
import org.hubops.model.Quarter;
import org.hubops.model.Role;
import org.hubops.model.report.Figures;
import org.hubops.model.report.QuarterlyDataset;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The quarterly cycle end to end through the running service, as hubs and staff go through it: log,
 * submit, file a nil report, return, resubmit, approve, lock; every write into the locked quarter
 * refused; the locked quarter's figures frozen; one hub reopened, corrected, locked again.
 *
 * <p>A service of its own on a fresh database, so completeness counts exactly the hubs made here,
 * with a deadline long enough that submissions of the quarter just ended are on time.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class ReportingCycleTest {

  @Parameter TestDatabase database;

  private static final Map<TestDatabase, TestService> SERVICES = new ConcurrentHashMap<>();

  private TestService service;
  private Api admin;
  private final Quarter ended = Quarter.containing(LocalDate.now(Kyiv.ZONE)).previous();

  @BeforeEach
  void start() {
    service =
        SERVICES.computeIfAbsent(
            database,
            d -> TestService.start(d, ConfigOverride.config("cycle.deadlineDays", "120")));
    admin = service.api();
  }

  @Test
  void aQuarterGoesFromLoggingToLockedAndStaysAsLocked() throws Exception {
    LocalDate longAgo = ended.firstDay().minusYears(1);
    Hub a = hub("UA-46", longAgo, HubStatus.ACTIVE);
    Hub b = hub("UA-46", longAgo, HubStatus.ACTIVE);
    Hub c = hub("UA-07", longAgo, HubStatus.ACTIVE);
    Hub d = hub("UA-07", longAgo, HubStatus.ACTIVE);
    Hub openedLater = hub("UA-07", ended.next().firstDay(), HubStatus.ACTIVE);
    Hub suspendedThroughout = hub("UA-46", longAgo, HubStatus.SUSPENDED);
    Hub closedToday = hub("UA-46", longAgo, HubStatus.ACTIVE);
    close(closedToday);
    Api coordinatorA = service.as(Role.COORDINATOR, a);
    Api coordinatorB = service.as(Role.COORDINATOR, b);
    Api coordinatorC = service.as(Role.COORDINATOR, c);
    Api staff = service.as(Role.ASSOCIATION);
    service.addAccount(Role.COORDINATOR, d);
    Session a1 = log(coordinatorA, a, ended.firstDay().plusDays(3), 3);
    log(coordinatorA, a, ended.firstDay().plusDays(10), 2);
    log(coordinatorC, c, ended.firstDay().plusDays(5), 4);
    LocalDate dLast = ended.lastDay().minusDays(2);
    log(admin, d, dLast, 1);

    assertThat(submit(coordinatorA, a, "{}").status()).isEqualTo(200);
    ApiResponse nil =
        submit(
            coordinatorB, b, "{\"nil\": true, \"reason\": \"NO_POWER\", \"note\": \"Без світла\"}");
    assertThat(nil.status()).as(nil.toString()).isEqualTo(200);
    assertThat(nil.json().path("nil").asBoolean()).isTrue();
    assertThat(submit(coordinatorC, c, "{}").json().path("sessions").asInt()).isEqualTo(1);
    ApiResponse returned =
        staff.post(submission(c) + "/return", "{\"comment\": \"Бракує заняття 20-го\"}");
    assertThat(returned.json().path("state").asText()).isEqualTo("RETURNED");
    assertThat(staff.post(submission(a) + "/approve", "{}").json().path("state").asText())
        .isEqualTo("APPROVED");

    JsonNode midway = completeness(staff, null);
    assertCounts(midway, 5, 2, 2, 0, 1, 1, 2);
    assertThat(midway.path("missingHubs").findValuesAsText("hubCode"))
        .containsExactlyInAnyOrder(d.code(), closedToday.code())
        .doesNotContain(openedLater.code(), suspendedThroughout.code());
    JsonNode missingD = hubEntry(midway.path("missingHubs"), d.code());
    assertThat(missingD.path("lastSession").asText()).isEqualTo(dLast.toString());
    assertThat(missingD.path("coordinators")).hasSize(1);
    assertCounts(oblast(midway, "UA-46"), 3, 2, 2, 0, 1, 0, 1);
    assertCounts(oblast(midway, "UA-07"), 2, 0, 0, 0, 0, 1, 1);
    assertCounts(completeness(staff, "UA-07"), 2, 0, 0, 0, 0, 1, 1);
    // Per raion from the hubs' settlement codes, adding up to each oblast.
    for (String code : List.of("UA-46", "UA-07")) {
      int expected = 0;
      int missing = 0;
      for (JsonNode raion : midway.path("raions")) {
        if (raion.path("oblast").asText().equals(code)) {
          assertThat(raion.path("raion").asText()).as(raion.toString()).isNotBlank();
          expected += raion.path("expected").asInt();
          missing += raion.path("missing").asInt();
        }
      }
      assertThat(expected).isEqualTo(oblast(midway, code).path("expected").asInt());
      assertThat(missing).isEqualTo(oblast(midway, code).path("missing").asInt());
    }
    assertThat(
            staff
                .get(
                    "/api/v1/submissions?year="
                        + ended.year()
                        + "&quarter="
                        + ended.quarter()
                        + "&state=RETURNED")
                .json()
                .findValuesAsText("hubCode"))
        .containsExactly(c.code());

    log(coordinatorC, c, ended.firstDay().plusDays(19), 2);
    ApiResponse resubmitted = submit(coordinatorC, c, "{}");
    assertThat(resubmitted.json().path("state").asText()).isEqualTo("SUBMITTED");
    assertThat(resubmitted.json().path("sessions").asInt()).isEqualTo(2);
    assertCounts(completeness(staff, null), 5, 3, 3, 0, 1, 0, 2);

    ApiResponse locked = staff.put(lock(), "{}");
    assertThat(locked.json().path("locked").asBoolean()).as(locked.toString()).isTrue();
    JsonNode frozen = dataset();
    assertThat(frozen.path("status").path("locked").asBoolean()).isTrue();
    assertThat(frozen.path("status").path("lockedBy").asText()).isNotBlank();
    // The workbook says how complete it is, as the cycle counts it, without whom to call.
    assertThat(frozen.path("completeness").path("expected").asInt()).isEqualTo(5);
    assertThat(frozen.path("completeness").path("missingHubs").findValues("coordinators"))
        .allSatisfy(names -> assertThat(names).isEmpty());
    try (XSSFWorkbook workbook =
        Workbooks.open(
            staff.downloadBody(
                "/api/v1/reports/quarterly?format=xlsx&year="
                    + ended.year()
                    + "&quarter="
                    + ended.quarter()))) {
      assertThat(Workbooks.total(workbook, "Подання звітів", "Мали подати")).isEqualTo(5);
      assertThat(Workbooks.total(workbook, "Подання звітів", "Не подали")).isEqualTo(2);
      assertThat(workbook.getSheet("Не подали звіт").getLastRowNum()).isEqualTo(2);
    }

    // Every write into the locked quarter is refused, and says which quarter and who locked it.
    ApiResponse added = coordinatorA.post(sessions(a), Fixtures.session(ended.lastDay(), 1));
    assertThat(added.status()).isEqualTo(409);
    assertThat(added.json().path("detail").asText())
        .contains(ended.toString())
        .contains(locked.json().path("lockedBy").asText());
    ObjectNode edit = Api.JSON.valueToTree(coordinatorA.get(sessionPath(a, a1)).as(Session.class));
    edit.put("title", "Виправлено");
    assertThat(coordinatorA.put(sessionPath(a, a1), edit).status()).isEqualTo(409);
    assertThat(coordinatorA.delete(sessionPath(a, a1)).status()).isEqualTo(409);
    Session later = log(coordinatorA, a, LocalDate.now(Kyiv.ZONE).minusDays(1), 1);
    ObjectNode moved = Api.JSON.valueToTree(later);
    moved.put("date", ended.lastDay().toString());
    assertThat(coordinatorA.put(sessionPath(a, later), moved).status()).isEqualTo(409);

    // Changes elsewhere (a session of today's quarter, a renamed hub) leave the frozen figures.
    ObjectNode renamed = Api.JSON.valueToTree(admin.get("/api/v1/hubs/" + b.id()).as(Hub.class));
    renamed.put("name", "Перейменована бібліотека");
    assertThat(admin.put("/api/v1/hubs/" + b.id(), renamed).status()).isEqualTo(200);
    assertThat(dataset()).isEqualTo(frozen);

    // An admin reopens one hub; it corrects and submits again; relocking freezes the correction.
    assertProblemNaming(admin.post(submission(a) + "/reopen", "{}"), "comment");
    assertThat(admin.post(submission(a) + "/reopen", "{\"comment\": \"Забули заняття\"}").status())
        .isEqualTo(200);
    assertThat(coordinatorA.post(sessions(a), Fixtures.session(ended.lastDay(), 5)).status())
        .isEqualTo(201);
    assertThat(coordinatorB.post(sessions(b), Fixtures.session(ended.lastDay(), 1)).status())
        .as("another hub stays locked")
        .isEqualTo(409);
    assertThat(submit(coordinatorA, a, "{}").json().path("sessions").asInt()).isEqualTo(3);
    assertThat(coordinatorA.post(sessions(a), Fixtures.session(ended.lastDay(), 1)).status())
        .as("submitted again, the hub is locked again")
        .isEqualTo(409);
    staff.put(lock(), "{}");
    JsonNode relocked = dataset();
    Figures before = figures(frozen);
    Figures after = figures(relocked);
    assertThat(after.sessions()).isEqualTo(before.sessions() + 1);
    assertThat(after.attendances().total()).isEqualTo(before.attendances().total() + 5);
    assertThat(relocked.path("hubs").size()).isEqualTo(frozen.path("hubs").size());
  }

  @Test
  void aSubmissionMustSayWhatHappened() {
    // A quarter of its own: the other test locks the quarter just ended.
    Quarter earlier = ended.previous();
    Hub quiet = hub("UA-46", earlier.firstDay().minusYears(1), HubStatus.ACTIVE);
    Hub busy = hub("UA-46", earlier.firstDay().minusYears(1), HubStatus.ACTIVE);
    log(admin, busy, earlier.firstDay().plusDays(1), 2);

    assertProblemNaming(submitTo(earlier, quiet, "{}"), "nil");
    assertProblemNaming(submitTo(earlier, quiet, "{\"nil\": true}"), "reason");
    assertProblemNaming(submitTo(earlier, busy, "{\"nil\": true, \"reason\": \"CLOSED\"}"), "nil");
    Quarter running = ended.next();
    log(admin, busy, running.firstDay(), 1);
    assertProblemNaming(
        admin.put("/api/v1/hubs/" + busy.id() + "/submissions/" + running, "{}"), "quarter");
    assertProblemNaming(
        admin.put("/api/v1/hubs/" + busy.id() + "/submissions/2026-Q5", "{}"), "quarter");
    assertThat(submitTo(earlier, busy, "{}").status()).isEqualTo(200);
    assertThat(submitTo(earlier, busy, "{}").status()).as("submitted twice").isEqualTo(409);
  }

  @Test
  void aStatusChangeCountsFromTheDayItHappenedNotTheDayItWasRecorded() {
    // Quarters of their own, two before the one the first test locks.
    Quarter past = ended.previous().previous();
    Quarter before = past.previous();
    LocalDate longAgo = before.firstDay().minusYears(1);
    LocalDate midPast = past.firstDay().plusDays(20);
    Hub closedBefore = hub("UA-46", longAgo, HubStatus.ACTIVE);
    Hub closedMidway = hub("UA-46", longAgo, HubStatus.ACTIVE);
    ObjectNode registration =
        Api.JSON.valueToTree(Fixtures.hub(Fixtures.newHubCode(), "UA-46", longAgo));
    registration.put("status", HubStatus.SUSPENDED.name()).put("statusSince", midPast.toString());
    ApiResponse registered = admin.post("/api/v1/hubs", registration);
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    Hub suspended = registered.as(Hub.class);
    String suspendedMidway = suspended.code();

    assertThat(change(closedBefore, HubStatus.CLOSED, past.firstDay().minusDays(1)).status())
        .isEqualTo(200);
    ApiResponse closed = change(closedMidway, HubStatus.CLOSED, midPast);
    assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
    assertThat(closed.json().path("statusSince").asText()).isEqualTo(midPast.toString());

    assertThat(missing(past))
        .contains(closedMidway.code(), suspendedMidway)
        .doesNotContain(closedBefore.code());
    assertThat(missing(before)).contains(closedBefore.code(), closedMidway.code(), suspendedMidway);
    assertThat(missing(past.next())).doesNotContain(closedMidway.code(), suspendedMidway);

    // A date the history cannot hold is refused at its field, and nothing changes.
    LocalDate today = LocalDate.now(Kyiv.ZONE);
    assertProblemNaming(change(closedMidway, HubStatus.ACTIVE, today.plusDays(1)), "statusSince");
    assertProblemNaming(
        change(closedMidway, HubStatus.ACTIVE, midPast.minusDays(1)), "statusSince");
    assertProblemNaming(
        change(closedMidway, HubStatus.ACTIVE, longAgo.minusDays(1)), "statusSince");
    assertThat(admin.get("/api/v1/hubs/" + closedMidway.id()).as(Hub.class).status())
        .isEqualTo(HubStatus.CLOSED);

    // The date alone corrects when the present status began.
    LocalDate corrected = midPast.plusDays(10);
    assertThat(
            change(closedMidway, HubStatus.CLOSED, corrected).json().path("statusSince").asText())
        .isEqualTo(corrected.toString());

    // Once a quarter is locked, no change dated in it can alter which hubs it expected.
    assertThat(admin.put("/api/v1/quarters/" + past + "/lock", "{}").status()).isEqualTo(200);
    assertProblemNaming(change(closedMidway, HubStatus.CLOSED, midPast), "statusSince");
    assertThat(change(suspended, HubStatus.CLOSED, past.next().firstDay()).status()).isEqualTo(200);
  }

  private ApiResponse change(Hub hub, HubStatus status, LocalDate since) {
    ObjectNode body = Api.JSON.valueToTree(admin.get("/api/v1/hubs/" + hub.id()).as(Hub.class));
    body.put("status", status.name()).put("statusSince", since.toString());
    return admin.put("/api/v1/hubs/" + hub.id(), body);
  }

  private List<String> missing(Quarter quarter) {
    ApiResponse response =
        admin.get(
            "/api/v1/reports/completeness?year="
                + quarter.year()
                + "&quarter="
                + quarter.quarter());
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json().path("missingHubs").findValuesAsText("hubCode");
  }

  private Hub hub(String oblast, LocalDate openedOn, HubStatus status) {
    Hub draft = Fixtures.hub(Fixtures.newHubCode(), oblast, openedOn);
    ObjectNode body = Api.JSON.valueToTree(draft);
    body.put("status", status.name());
    ApiResponse created = admin.post("/api/v1/hubs", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.as(Hub.class);
  }

  private void close(Hub hub) {
    ObjectNode body = Api.JSON.valueToTree(admin.get("/api/v1/hubs/" + hub.id()).as(Hub.class));
    body.put("status", HubStatus.CLOSED.name());
    assertThat(admin.put("/api/v1/hubs/" + hub.id(), body).status()).isEqualTo(200);
  }

  private static Session log(Api api, Hub hub, LocalDate date, int attendees) {
    ApiResponse created = api.post(sessions(hub), Fixtures.session(date, attendees));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.as(Session.class);
  }

  private ApiResponse submit(Api api, Hub hub, String body) {
    return api.put(submission(hub), body);
  }

  private ApiResponse submitTo(Quarter quarter, Hub hub, String body) {
    return admin.put("/api/v1/hubs/" + hub.id() + "/submissions/" + quarter, body);
  }

  private String submission(Hub hub) {
    return "/api/v1/hubs/" + hub.id() + "/submissions/" + ended;
  }

  private String lock() {
    return "/api/v1/quarters/" + ended + "/lock";
  }

  private JsonNode dataset() {
    ApiResponse response =
        admin.get("/api/v1/reports/quarterly?year=" + ended.year() + "&quarter=" + ended.quarter());
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  private static Figures figures(JsonNode dataset) {
    return Api.JSON.convertValue(dataset, QuarterlyDataset.class).current().figures();
  }

  private JsonNode completeness(Api api, String oblast) {
    ApiResponse response =
        api.get(
            "/api/v1/reports/completeness?year="
                + ended.year()
                + "&quarter="
                + ended.quarter()
                + (oblast == null ? "" : "&oblast=" + oblast));
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  private static String sessions(Hub hub) {
    return "/api/v1/hubs/" + hub.id() + "/sessions";
  }

  private static String sessionPath(Hub hub, Session session) {
    return sessions(hub) + "/" + session.id();
  }

  private static JsonNode oblast(JsonNode completeness, String code) {
    for (JsonNode oblast : completeness.path("oblasts")) {
      if (oblast.path("oblast").asText().equals(code)) {
        return oblast;
      }
    }
    throw new AssertionError("no oblast " + code + " in " + completeness);
  }

  private static JsonNode hubEntry(JsonNode hubs, String code) {
    for (JsonNode hub : hubs) {
      if (hub.path("hubCode").asText().equals(code)) {
        return hub;
      }
    }
    throw new AssertionError("no hub " + code + " in " + hubs);
  }

  private static void assertCounts(
      JsonNode counts,
      int expected,
      int submitted,
      int onTime,
      int late,
      int nil,
      int returned,
      int missing) {
    assertThat(counts.path("expected").asInt()).as("expected in %s", counts).isEqualTo(expected);
    assertThat(counts.path("submitted").asInt()).as("submitted").isEqualTo(submitted);
    assertThat(counts.path("onTime").asInt()).as("on time").isEqualTo(onTime);
    assertThat(counts.path("late").asInt()).as("late").isEqualTo(late);
    assertThat(counts.path("nil").asInt()).as("nil").isEqualTo(nil);
    assertThat(counts.path("returned").asInt()).as("returned").isEqualTo(returned);
    assertThat(counts.path("missing").asInt()).as("missing").isEqualTo(missing);
  }
}
