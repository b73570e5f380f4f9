package org.hubops.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.AgeBand;
import org.hubops.model.Gender;
import org.hubops.model.Kyiv;
import org.hubops.model.SessionFormat;
import org.hubops.model.SessionKind;
import org.hubops.model.rest.Attendee;
import org.hubops.model.rest.Equipment;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Participant;
import org.hubops.model.rest.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The template filled in as a coordinator would (Ukrainian labels, English codes, dates as dates
 * and as text), imported through the running service, and read back through the API; on both
 * databases.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class SessionImportApiTest {

  @Parameter TestDatabase database;

  private static final LocalDate DAY = LocalDate.now(Kyiv.ZONE).minusDays(7);
  private static final String DOTTED =
      DAY.minusDays(1).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));

  private Api api() {
    return TestService.on(database).api();
  }

  /** A hub with a laptop and a registered learner, and its template filled with two sessions. */
  private record Filled(Hub hub, Equipment laptop, Participant learner, XSSFWorkbook workbook) {}

  private Filled filled() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    Equipment laptop = Fixtures.createEquipment(api, hub, Fixtures.equipment("ІНВ-0001"));
    Participant learner = Fixtures.createParticipant(api, hub, Fixtures.participant("P-001"));
    XSSFWorkbook workbook = Sheets.template(api, hub, "uk");
    Sheets.fill(
        workbook,
        "Заняття",
        List.of(
            row(
                "1",
                DAY,
                LocalTime.of(10, 30),
                90,
                "Групове заняття",
                "IN_PERSON",
                "Дія: як отримати е-послуги",
                "E.1 — Державні е-послуги (Дія та інші)",
                "Олена Коваль",
                "ІНВ-0001",
                null),
            row(
                2,
                DOTTED,
                "14:00",
                "45",
                "CONSULTATION",
                "Онлайн",
                null,
                "E.2; 2.2",
                null,
                null,
                null)));
    Sheets.fill(
        workbook,
        "Відвідувачі",
        List.of(
            row("1", "Жінка", "60–69", "так", "ні", null, "P-001"),
            row("1", "MALE", "AGE_18_29", null, null, "yes", null),
            row(1, "Female", "18-29", "no", "no", "ні", null),
            row("2", "Не вказано", "Невідомо", null, null, null, null)));
    return new Filled(hub, laptop, learner, workbook);
  }

  static List<Object> row(Object... values) {
    return new ArrayList<>(Arrays.asList(values));
  }

  static String imports(Hub hub) {
    return "/api/v1/hubs/" + hub.id() + "/imports";
  }

  private List<Session> stored(Hub hub) {
    JsonNode page = api().get("/api/v1/hubs/" + hub.id() + "/sessions?size=500").json();
    List<Session> sessions = new ArrayList<>();
    page.path("items").forEach(item -> sessions.add(Api.JSON.convertValue(item, Session.class)));
    return sessions;
  }

  @Test
  void filledTemplateArrivesExactlyAsTyped() {
    Filled file = filled();

    ApiResponse response =
        new Multipart()
            .file("file", "журнал.xlsx", Multipart.XLSX, Sheets.bytes(file.workbook()))
            .post(api(), imports(file.hub()));

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    JsonNode result = response.json();
    assertThat(result.path("created").asInt()).isEqualTo(2);
    assertThat(result.path("dryRun").asBoolean()).isFalse();
    assertThat(result.path("sessions").findValuesAsText("ref")).containsExactly("1", "2");
    assertThat(result.path("sessions").findValuesAsText("status")).containsOnly("CREATED");
    List<Session> stored = stored(file.hub());
    assertThat(stored).hasSize(2);
    Session first = stored.stream().filter(s -> s.date().equals(DAY)).findFirst().orElseThrow();
    assertThat(first.id().toString()).isEqualTo(result.path("sessions").get(0).path("id").asText());
    assertThat(first.startTime()).isEqualTo(LocalTime.of(10, 30));
    assertThat(first.durationMinutes()).isEqualTo(90);
    assertThat(first.kind()).isEqualTo(SessionKind.GROUP_CLASS);
    assertThat(first.format()).isEqualTo(SessionFormat.IN_PERSON);
    assertThat(first.title()).isEqualTo("Дія: як отримати е-послуги");
    assertThat(first.topics()).containsExactly("E.1");
    assertThat(first.trainer()).isEqualTo("Олена Коваль");
    assertThat(first.equipmentIds()).containsExactly(file.laptop().id());
    assertThat(first.attendees())
        .containsExactly(
            new Attendee(file.learner().id(), Gender.FEMALE, AgeBand.AGE_60_69, true, false, false),
            new Attendee(null, Gender.MALE, AgeBand.AGE_18_29, false, false, true),
            new Attendee(null, Gender.FEMALE, AgeBand.AGE_18_29, false, false, false));
    Session second = stored.stream().filter(s -> !s.equals(first)).findFirst().orElseThrow();
    assertThat(second.date()).isEqualTo(DAY.minusDays(1));
    assertThat(second.startTime()).isEqualTo(LocalTime.of(14, 0));
    assertThat(second.kind()).isEqualTo(SessionKind.CONSULTATION);
    assertThat(second.format()).isEqualTo(SessionFormat.ONLINE);
    assertThat(second.title()).isNull();
    assertThat(second.topics()).containsExactlyInAnyOrder("E.2", "2.2");
    assertThat(second.attendees())
        .containsExactly(
            new Attendee(null, Gender.UNDISCLOSED, AgeBand.UNKNOWN, false, false, false));
  }

  @Test
  void sameFileImportedTwiceIsStoredOnce() {
    Filled file = filled();
    byte[] bytes = Sheets.bytes(file.workbook());

    ApiResponse first = api().postBytes(imports(file.hub()), Multipart.XLSX, bytes);
    ApiResponse again = api().postBytes(imports(file.hub()), Multipart.XLSX, bytes);

    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.json().path("created").asInt()).isZero();
    assertThat(again.json().path("unchanged").asInt()).isEqualTo(2);
    assertThat(again.json().path("sessions").findValuesAsText("id"))
        .isEqualTo(first.json().path("sessions").findValuesAsText("id"));
    assertThat(stored(file.hub())).hasSize(2).allMatch(s -> s.version() == 1L);
  }

  @Test
  void dryRunAnswersWhatWouldBeCreatedAndStoresNothing() {
    Filled file = filled();

    ApiResponse dry =
        api()
            .postBytes(
                imports(file.hub()) + "?dryRun=true",
                Multipart.XLSX,
                Sheets.bytes(file.workbook()));

    assertThat(dry.status()).as(dry.toString()).isEqualTo(200);
    assertThat(dry.json().path("dryRun").asBoolean()).isTrue();
    assertThat(dry.json().path("created").asInt()).isEqualTo(2);
    assertThat(stored(file.hub())).isEmpty();
  }

  @Test
  void changedRowUpdatesItsSessionAndSessionIdRowsReplayIt() {
    Filled file = filled();
    ApiResponse first =
        api().postBytes(imports(file.hub()), Multipart.XLSX, Sheets.bytes(file.workbook()));
    String secondId = first.json().path("sessions").get(1).path("id").asText();
    file.workbook().getSheet("Заняття").getRow(1).getCell(6).setCellValue("Дія для всіх");
    file.workbook().getSheet("Заняття").getRow(2).createCell(10).setCellValue(secondId);

    ApiResponse edited =
        api().postBytes(imports(file.hub()), Multipart.XLSX, Sheets.bytes(file.workbook()));

    assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
    assertThat(edited.json().path("updated").asInt()).isEqualTo(1);
    assertThat(edited.json().path("unchanged").asInt()).isEqualTo(1);
    assertThat(stored(file.hub()))
        .hasSize(2)
        .anySatisfy(s -> assertThat(s.title()).isEqualTo("Дія для всіх"))
        .anySatisfy(s -> assertThat(s.id()).isEqualTo(UUID.fromString(secondId)));
  }

  @Test
  void englishTemplateIsReadAlike() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    XSSFWorkbook workbook = Sheets.template(api, hub, "en");
    Sheets.fill(
        workbook,
        "Sessions",
        List.of(row("A", DAY, "9:00", 60, "Group class", "In person", null, "E.3", null, null)));
    Sheets.fill(workbook, "Attendees", List.of(row("A", "Female", "70+", "yes", "no", "no")));

    ApiResponse response = api.postBytes(imports(hub), Multipart.XLSX, Sheets.bytes(workbook));

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(stored(hub)).singleElement().satisfies(s -> assertThat(s.attendees()).hasSize(1));
  }
}
