package org.hubops.api.access;

import static org.hubops.api.access.Door.door;
import static org.hubops.api.access.Door.open;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Role;
import org.hubops.model.rest.Hub;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every door of the API tried by every kind of caller against the running service: an admin, an
 * association staff member, the coordinator of hub A at hub A and at hub B, a regional officer of
 * hub A's oblast at hub A and at hub B (which stands in another oblast), no token and a bad token.
 * Another hub's door is a 404, as if the hub did not exist, and so is a hub of another oblast for a
 * regional officer; a role that may not is a 403. A new endpoint is one more row.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class AccessMatrixTest {

  /**
   * Columns: admin, association, coordinator at own hub, coordinator at another hub; then {@code
   * regional(...)}: the regional officer at a hub of their oblast, and at one of another oblast.
   */
  static Stream<Door> doors() {
    return Stream.of(
        door("GET /api/v1/oblasts", 200, 200, 200, 200).regional(200, 200),
        door("GET /api/v1/topics", 200, 200, 200, 200).regional(200, 200),
        door("GET /api/v1/places?q=tu", 200, 200, 200, 200).regional(200, 200),
        door("GET /api/v1/places/UA46100210130069026", 200, 200, 200, 200).regional(200, 200),
        door("GET /api/v1/places/hubs-to-fix", 200, 200, 403, 403).regional(403, 403),
        door("GET /api/v1/me", 200, 200, 200, 200).regional(200, 200),
        door("GET /api/v1/hubs", 200, 200, 200, 200).regional(200, 200),
        door("POST /api/v1/hubs", 201, 201, 403, 403).regional(403, 403).body(Knock::newHub),
        door("GET /api/v1/hubs/{hub}", 200, 200, 200, 404).regional(200, 404),
        door("PUT /api/v1/hubs/{hub}", 200, 200, 403, 403)
            .regional(403, 403)
            .body(Knock::currentHub),
        door("GET /api/v1/hubs/{hub}/sessions", 200, 200, 200, 404).regional(200, 404),
        door("POST /api/v1/hubs/{hub}/sessions", 201, 403, 201, 404)
            .regional(403, 403)
            .body(Knock::newSession),
        door("GET /api/v1/hubs/{hub}/sessions/{session}", 200, 200, 200, 404).regional(200, 404),
        door("PUT /api/v1/hubs/{hub}/sessions/{session}", 200, 403, 200, 404)
            .regional(403, 403)
            .body(Knock::sessionEdit),
        door("DELETE /api/v1/hubs/{hub}/sessions/{session}", 204, 403, 204, 404).regional(403, 403),
        door("GET /api/v1/accounts", 200, 403, 403, 403).regional(403, 403),
        door("POST /api/v1/accounts", 201, 403, 403, 403)
            .regional(403, 403)
            .body(Knock::newAccount),
        door("GET /api/v1/accounts/{account}", 200, 403, 403, 403).regional(403, 403),
        door("PUT /api/v1/accounts/{account}", 200, 403, 403, 403)
            .regional(403, 403)
            .body(Knock::accountEdit),
        door("POST /api/v1/accounts/{account}/tokens", 201, 403, 403, 403)
            .regional(403, 403)
            .body(Knock::newToken),
        door("DELETE /api/v1/accounts/{account}/tokens/{token}", 204, 403, 403, 403)
            .regional(403, 403),
        door("GET /api/v1/audit", 200, 403, 403, 403).regional(403, 403),
        door("POST /api/v1/logout", 204, 204, 204, 204).regional(204, 204),
        open("POST /api/v1/login", 200).body(Knock::login));
  }

  /**
   * The participants and equipment doors, which another branch adds: they follow the hub-data rule
   * without declaring anything. Until that branch is merged these fail with 404s.
   */
  static Stream<Door> participantAndEquipmentDoors() {
    return Stream.of(
        door("GET /api/v1/hubs/{hub}/participants", 200, 200, 200, 404).regional(200, 404),
        door("POST /api/v1/hubs/{hub}/participants", 201, 403, 201, 404)
            .regional(403, 403)
            .body(Knock::newParticipant),
        door("GET /api/v1/hubs/{hub}/participants/{participant}", 200, 200, 200, 404)
            .regional(200, 404),
        door("PUT /api/v1/hubs/{hub}/participants/{participant}", 200, 403, 200, 404)
            .regional(403, 403)
            .body(Knock::participantEdit),
        door("GET /api/v1/hubs/{hub}/equipment", 200, 200, 200, 404).regional(200, 404),
        door("POST /api/v1/hubs/{hub}/equipment", 201, 403, 201, 404)
            .regional(403, 403)
            .body(Knock::newEquipment),
        door("GET /api/v1/hubs/{hub}/equipment/{equipment}", 200, 200, 200, 404).regional(200, 404),
        door("PUT /api/v1/hubs/{hub}/equipment/{equipment}", 200, 403, 200, 404)
            .regional(403, 403)
            .body(Knock::equipmentEdit),
        door("POST /api/v1/hubs/{hub}/equipment/{equipment}/status", 200, 403, 200, 404)
            .regional(403, 403)
            .body(Knock::statusChange),
        door("GET /api/v1/hubs/{hub}/equipment/{equipment}/history", 200, 200, 200, 404)
            .regional(200, 404));
  }

  /**
   * The reports: a hub's own report follows the hub-data rule; the national ones are for staff. The
   * imports: a hub's sessions and equipment are hub data (staff only read); the hub register is
   * staff's. Every import is a dry run here, so knocks leave nothing behind.
   */
  static Stream<Door> reportAndImportDoors() {
    String quarter = "from=2026-01-01&to=2026-03-31";
    return Stream.of(
        door("GET /api/v1/hubs/{hub}/report?" + quarter, 200, 200, 200, 404).regional(200, 404),
        door("GET /api/v1/hubs/{hub}/report?format=xlsx&" + quarter, 200, 200, 200, 404)
            .regional(200, 404),
        door("GET /api/v1/hubs/{hub}/report/sessions?" + quarter, 200, 200, 200, 404)
            .regional(200, 404),
        door("GET /api/v1/reports/quarterly?year=2026&quarter=1", 200, 200, 403, 403)
            .regional(200, 200),
        door("GET /api/v1/reports/quarterly?year=2026&quarter=1&format=xlsx", 200, 200, 403, 403)
            .regional(200, 200),
        door("GET /api/v1/reports/quarterly/sessions?year=2026&quarter=1", 200, 200, 403, 403)
            .regional(200, 200),
        door("GET /api/v1/reports/equipment", 200, 200, 200, 200).regional(200, 200),
        door("GET /api/v1/hubs/{hub}/template", 200, 200, 200, 404).regional(200, 404),
        door("GET /api/v1/hubs/{hub}/equipment/template", 200, 200, 200, 404).regional(200, 404),
        door("GET /api/v1/hubs/template", 200, 200, 200, 200).regional(200, 200),
        door("POST /api/v1/hubs/{hub}/imports?dryRun=true", 200, 403, 200, 404)
            .regional(403, 403)
            .body(Knock::emptyTemplate),
        door("POST /api/v1/hubs/{hub}/equipment/imports?dryRun=true", 200, 403, 200, 404)
            .regional(403, 403)
            .body(Knock::equipmentList),
        door("POST /api/v1/hubs/imports?dryRun=true", 200, 200, 403, 403)
            .regional(403, 403)
            .body(Knock::hubRegister));
  }

  /**
   * The reporting cycle, in the order a quarter goes through it (each row leaves the submission in
   * the state the next row starts from), on a quarter of its own so no other door is locked.
   */
  static Stream<Door> cycleDoors() {
    String submission = "/api/v1/hubs/{hub}/submissions/2020-Q1";
    return Stream.of(
        door("GET /api/v1/quarters/2020-Q1/lock", 200, 200, 200, 200).regional(200, 200),
        door("PUT " + submission, 200, 403, 409, 404).regional(403, 403).body(Knock::nilReport),
        door("GET " + submission, 200, 200, 200, 404).regional(200, 404),
        door("GET " + submission + "/checklist", 200, 200, 200, 404).regional(200, 404),
        door("POST " + submission + "/approve", 200, 409, 403, 403)
            .regional(409, 404)
            .body(Knock::review),
        door("POST " + submission + "/return", 200, 409, 403, 403)
            .regional(409, 404)
            .body(Knock::review),
        door("POST " + submission + "/reopen", 200, 403, 403, 403)
            .regional(403, 403)
            .body(Knock::review),
        door("GET /api/v1/submissions?year=2020&quarter=1", 200, 200, 403, 403).regional(200, 200),
        door("GET /api/v1/reports/completeness?year=2020&quarter=1", 200, 200, 403, 403)
            .regional(200, 200),
        door("PUT /api/v1/quarters/2020-Q1/lock", 200, 200, 403, 403).regional(403, 403));
  }

  /**
   * A regional officer's lists and counts hold their oblasts only; asking for another oblast is
   * 403. Reminders are the admins'; the list of missing hubs with their contacts is staff's. The
   * test service has no SMTP server, so sending answers 409 (reminders are off).
   */
  static Stream<Door> regionalAndReminderDoors() {
    String period = "year=2020&quarter=1";
    return Stream.of(
        door("GET /api/v1/hubs?oblast=" + OTHER_OBLAST, 200, 200, 200, 200).regional(403, 403),
        door(
                "GET /api/v1/reports/completeness?oblast=" + OTHER_OBLAST + "&" + period,
                200,
                200,
                403,
                403)
            .regional(403, 403),
        door(
                "GET /api/v1/reports/quarterly?oblast=" + OTHER_OBLAST + "&" + period,
                200,
                200,
                403,
                403)
            .regional(403, 403),
        door("GET /api/v1/submissions?oblast=" + OTHER_OBLAST + "&" + period, 200, 200, 403, 403)
            .regional(403, 403),
        door("GET /api/v1/reports/completeness/missing?" + period, 200, 200, 403, 403)
            .regional(200, 200),
        door(
                "GET /api/v1/reports/completeness/missing?oblast=" + OTHER_OBLAST + "&" + period,
                200,
                200,
                403,
                403)
            .regional(403, 403),
        door("GET /api/v1/reminders?" + period, 200, 403, 403, 403).regional(403, 403),
        door("POST /api/v1/reminders/send?" + period, 409, 403, 403, 403).regional(403, 403));
  }

  /** Hub A's oblast, which the regional officer looks after, and hub B's, which they do not. */
  static final String OWN_OBLAST = "UA-46";

  static final String OTHER_OBLAST = "UA-07";

  /**
   * Personal data: erasure follows the hub-data writers' rule; a person's copy carries the name, so
   * association staff never get it; the retention job and the access log are the admins'.
   */
  static Stream<Door> privacyDoors() {
    return Stream.of(
        door("DELETE /api/v1/hubs/{hub}/participants/{participant}", 204, 403, 204, 404)
            .regional(403, 403),
        door("GET /api/v1/hubs/{hub}/participants/{participant}/export", 200, 403, 200, 404)
            .regional(403, 403),
        door("GET /api/v1/privacy/retention", 200, 403, 403, 403).regional(403, 403),
        door("POST /api/v1/privacy/retention/run", 200, 403, 403, 403)
            .regional(403, 403)
            .body(knock -> "{}"),
        door("GET /api/v1/privacy/access-log", 200, 403, 403, 403).regional(403, 403));
  }

  /** The callers and hubs, made once per database. */
  private record Cast(Api admin, Hub hubA, Hub hubB, Map<Knocker, Api> clients) {}

  private static final Map<TestDatabase, Cast> CASTS = new ConcurrentHashMap<>();

  @Parameter TestDatabase database;

  @ParameterizedTest(name = "{0}")
  @MethodSource("doors")
  void everyCallerFindsTheDoorAsTheRulesSay(Door door) {
    tryEveryCaller(door);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("participantAndEquipmentDoors")
  void participantAndEquipmentDoorsFollowTheHubDataRule(Door door) {
    tryEveryCaller(door);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reportAndImportDoors")
  void reportAndImportDoorsFollowTheirRules(Door door) {
    tryEveryCaller(door);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cycleDoors")
  void cycleDoorsFollowTheirRules(Door door) {
    tryEveryCaller(door);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("regionalAndReminderDoors")
  void regionalAndReminderDoorsFollowTheirRules(Door door) {
    tryEveryCaller(door);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("privacyDoors")
  void privacyDoorsFollowTheirRules(Door door) {
    tryEveryCaller(door);
  }

  private void tryEveryCaller(Door door) {
    Cast cast = CASTS.computeIfAbsent(database, AccessMatrixTest::cast);
    SoftAssertions softly = new SoftAssertions();
    for (Knocker knocker : Knocker.values()) {
      boolean other =
          knocker == Knocker.COORDINATOR_OTHER_HUB || knocker == Knocker.REGIONAL_OTHER_OBLAST;
      Hub hub = other ? cast.hubB() : cast.hubA();
      ApiResponse response =
          door.knock(cast.clients().get(knocker), new Knock(cast.admin(), hub.id().toString()));
      softly
          .assertThat(response.status())
          .as("%s by %s: %s", door, knocker, response)
          .isEqualTo(door.expectedFor(knocker));
      if (response.status() >= 400) {
        softly.assertThat(response.contentType()).startsWith("application/problem+json");
      }
      if (response.status() == 401) {
        softly
            .assertThat(response.header("WWW-Authenticate"))
            .hasValueSatisfying(challenge -> softly.assertThat(challenge).startsWith("Bearer"));
      }
    }
    softly.assertAll();
  }

  private static Cast cast(TestDatabase database) {
    TestService service = TestService.on(database);
    Api admin = service.api();
    Hub hubA = Fixtures.createHub(admin);
    Hub hubB =
        Fixtures.created(
            admin.post(
                "/api/v1/hubs",
                Fixtures.hub(Fixtures.newHubCode(), OTHER_OBLAST, LocalDate.of(2023, 1, 15))),
            Hub.class);
    Map<Knocker, Api> clients = new EnumMap<>(Knocker.class);
    clients.put(Knocker.ADMIN, service.as(Role.ADMIN));
    clients.put(Knocker.ASSOCIATION, service.as(Role.ASSOCIATION));
    Api coordinator = service.as(Role.COORDINATOR, hubA);
    clients.put(Knocker.COORDINATOR_OWN_HUB, coordinator);
    clients.put(Knocker.COORDINATOR_OTHER_HUB, coordinator);
    Api regional = service.asRegional(OWN_OBLAST);
    clients.put(Knocker.REGIONAL_OWN_OBLAST, regional);
    clients.put(Knocker.REGIONAL_OTHER_OBLAST, regional);
    clients.put(Knocker.NO_TOKEN, service.anonymous());
    clients.put(Knocker.BAD_TOKEN, service.anonymous().withToken(Secrets.newToken()));
    return new Cast(admin, hubA, hubB, clients);
  }
}
