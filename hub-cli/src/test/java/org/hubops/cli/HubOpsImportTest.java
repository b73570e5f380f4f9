package org.hubops.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubops.cli.Spreadsheets.row;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.AgeBand;
import org.hubops.model.Gender;
import org.hubops.model.Kyiv;
import org.hubops.model.Role;
import org.hubops.model.SessionFormat;
import org.hubops.model.SessionKind;
import org.hubops.model.imports.EquipmentColumn;
import org.hubops.model.rest.Attendee;
import org.hubops.model.rest.Equipment;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A hub coordinator's round trip with the real {@code hubops} against the real service, on both
 * databases: the template downloaded, filled in with POI as a person would in Excel, imported, and
 * read back through the API; then the CSV pair, an equipment list and the hub register.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class HubOpsImportTest {

  @Parameter TestDatabase database;

  @TempDir Path folder;

  private static final LocalDate DAY = LocalDate.now(Kyiv.ZONE).minusDays(5);

  private TestService service;
  private Api api;
  private Hub hub;
  private Equipment laptop;
  private Cli coordinator;

  @BeforeEach
  void hubWithItsCoordinator() {
    service = TestService.on(database);
    api = service.api();
    hub = Fixtures.createHub(api);
    laptop = Fixtures.createEquipment(api, hub, Fixtures.equipment("ІНВ-0001"));
    // English messages unless a test asks for Ukrainian (the default: HubOpsLanguageTest).
    coordinator =
        new Cli()
            .with("HUBOPS_LANG", "en")
            .with("HUBOPS_SERVER", api.base())
            .with("HUBOPS_TOKEN", tokenOf(Role.COORDINATOR, hub));
  }

  private String tokenOf(Role role, Hub... hubs) {
    return service.issueToken(service.addAccount(role, hubs).username());
  }

  /** The template as {@code hubops template sessions} writes it, in {@code lang}. */
  private XSSFWorkbook template(String lang) throws Exception {
    Path file = folder.resolve("template-" + lang + ".xlsx");
    Cli.Run run =
        coordinator.run(
            "template",
            "sessions",
            "--hub",
            hub.code(),
            "--lang",
            lang,
            "--output",
            file.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .startsWith((lang.equals("uk") ? "Записано " : "Wrote ") + file)
        .contains(
            (lang.equals("uk") ? "шаблон занять хабу " : "session template of hub ") + hub.code());
    assertThat(run.err()).as("quiet when not on a terminal").isEmpty();
    return Spreadsheets.open(file);
  }

  /** The English template with two sessions of three and one attendees, saved as {@code name}. */
  private Path twoSessions(String name) throws Exception {
    XSSFWorkbook workbook = template("en");
    Spreadsheets.fill(
        workbook,
        "Sessions",
        List.of(
            row(
                "1",
                DAY,
                LocalTime.of(10, 30),
                90,
                "Group class",
                "In person",
                "Diia: e-services",
                "E.1",
                "Olena Koval",
                "ІНВ-0001"),
            row("2", DAY.minusDays(1), "14:00", 45, "CONSULTATION", "ONLINE", null, "E.2; 2.2")));
    Spreadsheets.fill(
        workbook,
        "Attendees",
        List.of(
            row("1", "Female", "60-69", "yes", "no", "no"),
            row("1", "MALE", "AGE_18_29", null, null, "yes"),
            row("1", "Female", "18-29", "no", "no", "no"),
            row("2", "UNDISCLOSED", "UNKNOWN")));
    return Spreadsheets.save(workbook, folder.resolve(name));
  }

  private List<Session> stored() {
    JsonNode page = api.get("/api/v1/hubs/" + hub.id() + "/sessions?size=500").json();
    List<Session> sessions = new ArrayList<>();
    page.path("items").forEach(item -> sessions.add(Api.JSON.convertValue(item, Session.class)));
    return sessions;
  }

  private Cli.Run importSessions(String... more) {
    List<String> args = new ArrayList<>(List.of("import", "sessions", "--hub", hub.code()));
    args.addAll(Arrays.asList(more));
    return coordinator.run(args.toArray(String[]::new));
  }

  @Test
  void filledTemplateIsImportedAsTypedAndAgainCreatesNothing() throws Exception {
    Path file = twoSessions("journal.xlsx");

    Cli.Run first = importSessions(file.toString(), "--list");
    Cli.Run again = importSessions(file.toString());

    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(first.err()).isEmpty();
    assertThat(first.out())
        .startsWith("Imported journal.xlsx into hub " + hub.code() + ":\n")
        .contains("  created       2 sessions\n")
        .contains("  updated       0 sessions\n")
        .contains("  unchanged     0 sessions\n")
        .containsPattern("  row 2: 1, created, id [0-9a-f-]{36}\n")
        .containsPattern("  row 3: 2, created, id [0-9a-f-]{36}\n");
    List<Session> stored = stored();
    assertThat(stored).hasSize(2);
    Session first1 = stored.stream().filter(s -> s.date().equals(DAY)).findFirst().orElseThrow();
    assertThat(first.out()).contains("row 2: 1, created, id " + first1.id());
    assertThat(first1.startTime()).isEqualTo(LocalTime.of(10, 30));
    assertThat(first1.durationMinutes()).isEqualTo(90);
    assertThat(first1.kind()).isEqualTo(SessionKind.GROUP_CLASS);
    assertThat(first1.format()).isEqualTo(SessionFormat.IN_PERSON);
    assertThat(first1.title()).isEqualTo("Diia: e-services");
    assertThat(first1.topics()).containsExactly("E.1");
    assertThat(first1.trainer()).isEqualTo("Olena Koval");
    assertThat(first1.equipmentIds()).containsExactly(laptop.id());
    assertThat(first1.attendees())
        .containsExactly(
            new Attendee(null, Gender.FEMALE, AgeBand.AGE_60_69, true, false, false),
            new Attendee(null, Gender.MALE, AgeBand.AGE_18_29, false, false, true),
            new Attendee(null, Gender.FEMALE, AgeBand.AGE_18_29, false, false, false));
    Session second = stored.stream().filter(s -> s != first1).findFirst().orElseThrow();
    assertThat(second.date()).isEqualTo(DAY.minusDays(1));
    assertThat(second.startTime()).isEqualTo(LocalTime.of(14, 0));
    assertThat(second.kind()).isEqualTo(SessionKind.CONSULTATION);
    assertThat(second.format()).isEqualTo(SessionFormat.ONLINE);
    assertThat(second.topics()).containsExactlyInAnyOrder("E.2", "2.2");
    assertThat(second.attendees())
        .containsExactly(
            new Attendee(null, Gender.UNDISCLOSED, AgeBand.UNKNOWN, false, false, false));

    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(again.out())
        .contains("  created       0 sessions\n")
        .contains("  unchanged     2 sessions\n");
    assertThat(stored()).hasSize(2).allMatch(s -> s.version() == 1L);
  }

  @Test
  void dryRunSaysWhatWouldBeCreatedAndStoresNothing() throws Exception {
    Path file = twoSessions("journal.xlsx");

    Cli.Run dry = importSessions(file.toString(), "--dry-run", "--list");

    assertThat(dry.exitCode()).as(dry.toString()).isZero();
    assertThat(dry.out())
        .startsWith(
            "Checked journal.xlsx for hub " + hub.code() + " (dry run: nothing was stored):\n")
        .contains("  would create  2 sessions\n")
        .contains("  would update  0 sessions\n")
        .contains("row 2: 1, would create, id ");
    assertThat(stored()).isEmpty();
  }

  @Test
  void invalidFileNamesEveryCellInUkrainianAndStoresNothing() throws Exception {
    XSSFWorkbook workbook = template("uk");
    Spreadsheets.fill(
        workbook,
        "Заняття",
        List.of(
            row("1", DAY, "10:00", "дев'яносто", "Групове заняття", "Очно", null, "E.1"),
            row("2", DAY, "11:00", 45, "Групове заняття", "Очно", null, "E.1")));
    Spreadsheets.fill(
        workbook, "Відвідувачі", List.of(row("1", "Жінка", "60–69"), row("2", "Кіт", "60–69")));
    Path file = Spreadsheets.save(workbook, folder.resolve("журнал.xlsx"));

    Cli.Run run = importSessions(file.toString(), "--lang", "uk");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.REFUSED);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith("hubops: З журнал.xlsx нічого не імпортовано. ")
        .contains("(422)")
        .contains("\n  Заняття, рядок 2, стовпець D (Хвилин): ")
        .contains("\n  Відвідувачі, рядок 3, стовпець B (Стать): ")
        .contains("У файлі 2 помилки; нічого не збережено.")
        .doesNotContain("Exception");
    assertThat(stored()).isEmpty();

    Cli.Run english = importSessions(file.toString(), "--lang", "en");
    assertThat(english.err())
        .as("--lang en: the service's messages in English")
        .containsPattern("Заняття, row 2, column D \\(Хвилин\\): [A-Z][a-z]")
        .contains("2 problems in the file; nothing was stored.");
  }

  @Test
  void csvPairIsImportedAndItsErrorsNameTheFile() throws Exception {
    String day = DAY.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    Path sessions = folder.resolve("sessions.csv");
    Path attendees = folder.resolve("attendees.csv");
    Files.writeString(
        attendees,
        "Ref,Gender,Age band,IDP,Disability,Veteran\r\n1,Female,30-39,yes,no,no\r\n1,Male,70+,,,yes\r\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        sessions,
        "Ref,Date,Start,Minutes,Kind,Format,Title,Topics\r\n1,"
            + day
            + ",25:00,60,Event,In person,Passwords,E.4\r\n",
        StandardCharsets.UTF_8);

    // A name beyond ASCII comes back as it was, not as the bytes of its UTF-8.
    Path misnamed = Files.copy(sessions, folder.resolve("заняття.csv"));
    Cli.Run refused = importSessions(misnamed.toString(), attendees.toString(), "--lang", "en");
    Files.writeString(
        sessions,
        "Ref,Date,Start,Minutes,Kind,Format,Title,Topics\r\n1,"
            + day
            + ",10:00,60,Event,In person,Passwords,E.4\r\n",
        StandardCharsets.UTF_8);
    Cli.Run imported = importSessions(sessions.toString(), attendees.toString());

    assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.REFUSED);
    assertThat(refused.err())
        .startsWith("hubops: Nothing was imported from заняття.csv and attendees.csv.")
        .contains("\n  заняття.csv, row 2, column C (Start): ");
    assertThat(imported.exitCode()).as(imported.toString()).isZero();
    assertThat(imported.out())
        .startsWith("Imported sessions.csv and attendees.csv into hub " + hub.code())
        .contains("created       1 session\n");
    List<Session> stored = stored();
    assertThat(stored).hasSize(1);
    assertThat(stored.get(0).title()).isEqualTo("Passwords");
    assertThat(stored.get(0).attendees()).hasSize(2);
  }

  @Test
  void aCorrectedJournalListsEveryUpdateWithWhatItChanges() throws Exception {
    String day = DAY.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    Path sessions = folder.resolve("sessions.csv");
    Path attendees = folder.resolve("attendees.csv");
    Files.writeString(
        attendees, "Ref,Gender,Age band\r\n1,Female,30-39\r\n", StandardCharsets.UTF_8);
    String header = "Ref,Date,Start,Minutes,Kind,Format,Title,Topics\r\n1," + day + ",10:00,";
    Files.writeString(
        sessions, header + "60,Event,In person,Passwords,E.4\r\n", StandardCharsets.UTF_8);
    assertThat(importSessions(sessions.toString(), attendees.toString()).exitCode()).isZero();
    Files.writeString(
        sessions, header + "90,Event,In person,Strong passwords,E.4\r\n", StandardCharsets.UTF_8);

    Cli.Run dry = importSessions(sessions.toString(), attendees.toString(), "--dry-run");
    Cli.Run uk =
        importSessions(sessions.toString(), attendees.toString(), "--dry-run", "--lang", "uk");
    Cli.Run imported = importSessions(sessions.toString(), attendees.toString());

    assertThat(dry.out())
        .as(dry.toString())
        .contains(
            "  row 2 (1), would update:\n"
                + "    minutes: 60 → 90\n"
                + "    title: Passwords → Strong passwords\n");
    assertThat(uk.out())
        .as(uk.toString())
        .contains(
            "  рядок 2 (1), буде оновлено:\n"
                + "    хвилин: 60 → 90\n"
                + "    назва: Passwords → Strong passwords\n");
    assertThat(imported.out())
        .as(imported.toString())
        .contains("  updated       1 session\n")
        .contains("  row 2 (1), updated:\n    minutes: 60 → 90\n");
  }

  @Test
  void equipmentListIsImportedByInventoryNumber() throws Exception {
    XSSFWorkbook workbook = new XSSFWorkbook();
    Spreadsheets.header(
        workbook,
        "Обладнання",
        Arrays.stream(EquipmentColumn.values()).map(EquipmentColumn::labelUk).toList());
    Spreadsheets.fill(
        workbook,
        "Обладнання",
        List.of(
            row("ІНВ-0001", "Ноутбук", "Lenovo E14", "PF1", "USAID", LocalDate.of(2024, 3, 12)),
            row("ІНВ-0002", "TABLET", "Galaxy Tab", null, "ПРООН", "01.02.2025")));
    Path file = Spreadsheets.save(workbook, folder.resolve("equipment.xlsx"));
    String[] command = {"import", "equipment", file.toString(), "--hub", hub.code()};

    Cli.Run dry = coordinator.run(concat(command, "--dry-run"));
    Cli.Run imported = coordinator.run(command);

    assertThat(dry.exitCode()).as(dry.toString()).isZero();
    assertThat(dry.out())
        .contains("  would create  1 equipment item\n")
        .contains("  would update  1 equipment item\n");
    assertThat(imported.exitCode()).as(imported.toString()).isZero();
    assertThat(imported.out())
        .startsWith("Imported equipment.xlsx into hub " + hub.code() + ":\n")
        .contains("  created       1 equipment item\n")
        .contains("  updated       1 equipment item\n");
    JsonNode items = api.get("/api/v1/hubs/" + hub.id() + "/equipment").json().path("items");
    assertThat(items.findValuesAsText("inventoryNumber"))
        .containsExactlyInAnyOrder("ІНВ-0001", "ІНВ-0002");
    assertThat(items.findValuesAsText("model")).contains("Lenovo E14", "Galaxy Tab");
  }

  @Test
  void hubRegisterIsImportedByAssociationStaff() throws Exception {
    String code = Fixtures.newHubCode();
    Path file = folder.resolve("hubs.csv");
    Files.writeString(
        file,
        "Code,Name,Institution type,Oblast,Hromada,Settlement,Settlement type,Opened on\n"
            + code
            + ",Library,LIBRARY,Lviv Oblast,Жовківська,Жовква,TOWN,2023-01-15\n"
            + hub.code()
            + ","
            + hub.name()
            + ",LIBRARY,UA-46,"
            + hub.hromada()
            + ","
            + hub.settlement()
            + ",TOWN,"
            + hub.openedOn()
            + "\n",
        StandardCharsets.UTF_8);
    Cli staff =
        new Cli()
            .with("HUBOPS_LANG", "en")
            .with("HUBOPS_SERVER", api.base())
            .with("HUBOPS_TOKEN", tokenOf(Role.ASSOCIATION));

    Cli.Run dry = staff.run("import", "hubs", file.toString(), "--dry-run");
    assertThat(api.get("/api/v1/hubs/" + code).status()).isEqualTo(404);
    Cli.Run imported = staff.run("import", "hubs", file.toString());

    assertThat(dry.exitCode()).as(dry.toString()).isZero();
    assertThat(dry.out())
        .startsWith("Checked hubs.csv for the hub register (dry run: nothing was stored):\n")
        .contains("  would create  1 hub\n");
    assertThat(imported.exitCode()).as(imported.toString()).isZero();
    assertThat(imported.out()).contains("  created       1 hub\n");
    assertThat(api.get("/api/v1/hubs/" + code).as(Hub.class).name()).isEqualTo("Library");
  }

  private static String[] concat(String[] args, String... more) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.addAll(Arrays.asList(more));
    return all.toArray(String[]::new);
  }
}
