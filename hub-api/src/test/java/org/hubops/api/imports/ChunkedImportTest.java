package org.hubops.api.imports;

import static io.dropwizard.testing.ConfigOverride.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hubops.api.imports.SessionImportApiTest.imports;
import static org.hubops.api.imports.SessionImportApiTest.row;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Kyiv;
import org.hubops.model.rest.Hub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An import checked and written a chunk at a time (here 3 sessions a chunk, so that ten sessions
 * take four) keeps every promise of an import made in one piece: a problem in the last row stores
 * nothing, although the chunks before it were written; every chunk's problems are listed with their
 * rows; a good file stores each of its sessions once, with the report figures of each month, and a
 * second import of it changes nothing.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class ChunkedImportTest {

  @Parameter TestDatabase database;

  private static final Map<TestDatabase, TestService> SERVICES = new EnumMap<>(TestDatabase.class);
  private static final int SESSIONS = 10;
  private static final LocalDate DAY = LocalDate.now(Kyiv.ZONE).minusDays(3);
  private static final String SHEET = "Заняття";
  private static final String PEOPLE = "Відвідувачі";

  private TestService service;
  private Api api;
  private Hub hub;

  @BeforeEach
  void hub() {
    synchronized (SERVICES) {
      service =
          SERVICES.computeIfAbsent(database, d -> TestService.start(d, config("importChunk", "3")));
    }
    api = service.api();
    hub = Fixtures.createHub(api);
  }

  /** Ten sessions, one every 12 days (so four months), session i with i % 3 + 1 attendees. */
  private static List<List<Object>> sessions() {
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < SESSIONS; i++) {
      rows.add(
          row(
              Integer.toString(i + 1),
              DAY.minusDays(12L * i),
              "10:00",
              60,
              "Групове заняття",
              "Очно",
              "Заняття " + (i + 1),
              "E.1"));
    }
    return rows;
  }

  /** The attendees of {@link #sessions()}: session i's on the rows of its Ref, all of them last. */
  private static List<List<Object>> attendees() {
    List<List<Object>> rows = new ArrayList<>();
    for (int a = 0; a < 3; a++) {
      for (int i = 0; i < SESSIONS; i++) {
        if (a <= i % 3) {
          rows.add(row(Integer.toString(i + 1), a == 0 ? "Жінка" : "Чоловік", "30–39"));
        }
      }
    }
    return rows;
  }

  private XSSFWorkbook workbook(List<List<Object>> sessions, List<List<Object>> attendees) {
    XSSFWorkbook workbook = Sheets.template(api, hub, "uk");
    Sheets.fill(workbook, SHEET, sessions);
    Sheets.fill(workbook, PEOPLE, attendees);
    return workbook;
  }

  private ApiResponse upload(XSSFWorkbook workbook, boolean dryRun) {
    return new Multipart()
        .file("file", "journal.xlsx", Multipart.XLSX, Sheets.bytes(workbook))
        .post(api, imports(hub) + (dryRun ? "?dryRun=true" : ""));
  }

  private int storedSessions() {
    return api.get("/api/v1/hubs/" + hub.id() + "/sessions?size=500").json().path("total").asInt();
  }

  private long audited() {
    return api.get("/api/v1/audit?entity=SESSION&size=1").json().path("total").asLong();
  }

  /** The sessions the report figures count for the hub, all months together. */
  private int counted() {
    return service
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "select coalesce(sum(sessions), 0) from figure_hub_month where hub_id = ?")
                    .bind(0, hub.id())
                    .mapTo(Integer.class)
                    .one());
  }

  private void assertNothingStored(long auditedBefore) {
    assertThat(storedSessions()).isZero();
    assertThat(audited()).isEqualTo(auditedBefore);
    assertThat(counted()).isZero();
  }

  @Test
  void aProblemInTheLastRowStoresNothingThoughEarlierChunksWereWritten() {
    List<List<Object>> sessions = sessions();
    sessions.get(SESSIONS - 1).set(3, 0); // 0 minutes: a rule the last chunk's check finds
    long auditedBefore = audited();

    for (boolean dryRun : new boolean[] {true, false}) {
      ApiResponse refused = upload(workbook(sessions, attendees()), dryRun);
      assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
      assertThat(refused.errorFields()).containsExactly(SHEET + "!D" + (SESSIONS + 1));
      assertNothingStored(auditedBefore);
    }

    // The last attendee row, read after every session row, refused in the same way.
    List<List<Object>> attendees = attendees();
    attendees.get(attendees.size() - 1).set(2, "сто років");
    ApiResponse refused = upload(workbook(sessions(), attendees), false);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
    assertThat(refused.errorFields()).containsExactly(PEOPLE + "!C" + (attendees.size() + 1));
    assertNothingStored(auditedBefore);
  }

  @Test
  void everyChunksProblemsAreListedWithTheirRows() {
    List<List<Object>> sessions = sessions();
    sessions.get(0).set(3, 601); // chunk 1: too long
    sessions.get(4).set(1, DAY.plusDays(30)); // chunk 2: too far ahead
    sessions.get(7).set(4, "Лекція"); // chunk 3: no such kind, found as the row is read
    sessions.get(9).set(7, "Z.9"); // chunk 4: no such topic
    List<List<Object>> attendees = attendees();
    attendees.get(5).set(1, null); // session 6's attendee (chunk 2): gender is required
    long auditedBefore = audited();

    ApiResponse refused = upload(workbook(sessions, attendees), false);

    assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
    assertThat(refused.errorFields())
        .containsExactlyInAnyOrder(
            SHEET + "!D2", SHEET + "!B6", SHEET + "!E9", SHEET + "!H11", PEOPLE + "!B7");
    JsonNode errors = refused.json().path("errors");
    errors.forEach(e -> assertThat(e.path("row").asInt()).isGreaterThan(1));
    assertNothingStored(auditedBefore);
  }

  @Test
  void aGoodFileStoresEachSessionOnceAndAgainChangesNothing() {
    XSSFWorkbook workbook = workbook(sessions(), attendees());
    long auditedBefore = audited();

    ApiResponse dry = upload(workbook, true);
    assertThat(dry.status()).as(dry.toString()).isEqualTo(200);
    assertThat(dry.json().path("created").asInt()).isEqualTo(SESSIONS);
    assertNothingStored(auditedBefore);

    ApiResponse first = upload(workbook, false);
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(first.json().path("created").asInt()).isEqualTo(SESSIONS);
    List<Integer> rows = new ArrayList<>();
    first.json().path("sessions").forEach(s -> rows.add(s.path("row").asInt()));
    assertThat(rows).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    assertThat(storedSessions()).isEqualTo(SESSIONS);
    assertThat(audited() - auditedBefore).isEqualTo(SESSIONS);
    assertThat(counted()).isEqualTo(SESSIONS);
    JsonNode items = api.get("/api/v1/hubs/" + hub.id() + "/sessions?size=500").json();
    items
        .path("items")
        .forEach(
            s -> {
              int ref = Integer.parseInt(s.path("title").asText().substring("Заняття ".length()));
              assertThat(s.path("attendees")).as(s.toString()).hasSize((ref - 1) % 3 + 1);
            });

    ApiResponse again = upload(workbook, false);
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.json().path("unchanged").asInt()).isEqualTo(SESSIONS);
    assertThat(storedSessions()).isEqualTo(SESSIONS);
    assertThat(audited() - auditedBefore).isEqualTo(SESSIONS);
    assertThat(counted()).isEqualTo(SESSIONS);
  }

  @Test
  void aSessionIdRepeatedInALaterChunkIsNamed() {
    ApiResponse first = upload(workbook(sessions(), attendees()), false);
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    String id = first.json().path("sessions").get(1).path("id").asText();
    List<List<Object>> sessions = sessions();
    // Rows 3 and 10 both name session 2: chunks 1 and 3.
    sessions.get(1).add(null);
    sessions.get(1).add(null);
    sessions.get(1).add(id);
    sessions.get(8).add(null);
    sessions.get(8).add(null);
    sessions.get(8).add(id);

    ApiResponse refused = upload(workbook(sessions, attendees()), false);

    assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
    assertThat(refused.errorFields()).contains(SHEET + "!K10");
    assertThat(storedSessions()).isEqualTo(SESSIONS);
  }

  @Test
  void aCsvPairIsReadAChunkAtATimeToo() {
    StringBuilder sessions = new StringBuilder("Номер,Дата,Початок,Хвилин,Вид,Формат,Теми\n");
    StringBuilder attendees = new StringBuilder("Номер заняття,Стать,Вікова група\n");
    for (int i = 1; i <= 7; i++) {
      sessions.append(i).append(',').append(DAY.minusDays(i)).append(",10:00,45,Захід,Очно,E.1\n");
      attendees.append(i).append(",Жінка,").append(i == 7 ? "двісті" : "18–29").append('\n');
    }
    ApiResponse refused = csv(sessions.toString(), attendees.toString());
    assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
    assertThat(refused.errorFields()).containsExactly("attendees.csv!C8");
    assertThat(storedSessions()).isZero();

    ApiResponse stored = csv(sessions.toString(), attendees.toString().replace("двісті", "70+"));
    assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
    assertThat(stored.json().path("created").asInt()).isEqualTo(7);
    assertThat(storedSessions()).isEqualTo(7);
  }

  private ApiResponse csv(String sessions, String attendees) {
    return new Multipart()
        .file("sessions", "sessions.csv", "text/csv", sessions.getBytes(StandardCharsets.UTF_8))
        .file("attendees", "attendees.csv", "text/csv", attendees.getBytes(StandardCharsets.UTF_8))
        .post(api, imports(hub));
  }
}
