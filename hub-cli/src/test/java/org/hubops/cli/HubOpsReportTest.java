package org.hubops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.api.testing.Workbooks;
import org.hubops.model.Kyiv;
import org.hubops.model.Quarter;
import org.hubops.model.rest.Hub;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code hubops} against the real service: the workbooks it writes open with POI and show
 * the numbers the API gives. The data sits in an oblast (Zakarpattia, UA-21) of its own.
 */
class HubOpsReportTest {

  static final String OBLAST = "UA-21";

  static Api api;
  static String server;
  static Hub hub;
  static Quarter quarter;

  @TempDir Path folder;

  @BeforeAll
  static void logSessions() {
    api = TestService.on(TestDatabase.H2).api();
    server = api.base();
    LocalDate today = LocalDate.now(Kyiv.ZONE);
    quarter = Quarter.containing(today);
    hub = create(Fixtures.hub(Fixtures.newHubCode(), OBLAST, LocalDate.of(2023, 1, 1)));
    create(Fixtures.hub(Fixtures.newHubCode(), OBLAST, LocalDate.of(2023, 1, 1)));
    for (int i = 0; i < 4; i++) {
      LocalDate date = quarter.firstDay().plusDays(i * 9L);
      ApiResponse logged =
          api.post(
              "/api/v1/hubs/" + hub.id() + "/sessions",
              Fixtures.session(date.isAfter(today) ? today : date, 3 + i));
      assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
    }
  }

  private static Hub create(Hub hub) {
    ApiResponse created = api.post("/api/v1/hubs", hub);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.as(Hub.class);
  }

  @Test
  void quarterlyWorkbookShowsTheApisNumbers() throws Exception {
    Path output = folder.resolve("q.xlsx");

    Cli.Run run =
        Cli.asStaff()
            .with("HUBOPS_SERVER", server)
            .run(
                "report",
                "quarterly",
                "--year=" + quarter.year(),
                "--quarter=" + quarter.quarter(),
                "--oblast=" + OBLAST,
                "--lang=en",
                "--output=" + output);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Wrote " + output).contains("4 sessions");
    assertThat(run.err()).as("quiet when not on a terminal").isEmpty();
    JsonNode json =
        api.get(
                "/api/v1/reports/quarterly?year=%d&quarter=%d&oblast=%s"
                    .formatted(quarter.year(), quarter.quarter(), OBLAST))
            .json();
    long attendances = 0;
    for (JsonNode sex :
        json.path("current").path("figures").path("attendances").path("bySexAndAge")) {
      for (JsonNode count : sex) {
        attendances += count.asLong();
      }
    }
    assertThat(attendances).isEqualTo(3 + 4 + 5 + 6);
    try (XSSFWorkbook book = Workbooks.open(Files.readAllBytes(output))) {
      assertThat(Workbooks.dataRows(book, "Sessions"))
          .isEqualTo(json.path("current").path("figures").path("sessions").asInt());
      for (String sheet :
          new String[] {"Sessions", "By hub", "By region", "By raion", "By hromada"}) {
        assertThat(Workbooks.total(book, sheet, "Attendances")).as(sheet).isEqualTo(attendances);
      }
      assertThat(Workbooks.dataRows(book, "By hub")).isEqualTo(json.path("hubs").size());
    }
    assertThat(folder).isDirectoryNotContaining("glob:**.part");
  }

  @Test
  void hubAndEquipmentWorkbooksAreWritten() throws Exception {
    Path hubBook = folder.resolve("hub.xlsx");
    Path equipment = folder.resolve("equipment.xlsx");
    Cli cli = Cli.asStaff();

    Cli.Run hubRun =
        cli.run(
            "report",
            "hub",
            "--server",
            server,
            "--hub",
            hub.code(),
            "--from",
            quarter.firstDay().toString(),
            "--to",
            LocalDate.now(Kyiv.ZONE).toString(),
            "-o",
            hubBook.toString());
    Cli.Run equipmentRun =
        cli.run(
            "report",
            "equipment",
            "--server",
            server,
            "--oblast",
            OBLAST,
            "-o",
            equipment.toString());

    assertThat(hubRun.exitCode()).as(hubRun.toString()).isZero();
    assertThat(equipmentRun.exitCode()).as(equipmentRun.toString()).isZero();
    try (XSSFWorkbook book = Workbooks.open(Files.readAllBytes(hubBook))) {
      assertThat(Workbooks.dataRows(book, "Заняття")).isEqualTo(4);
      assertThat(Workbooks.total(book, "Заняття", "Відвідування")).isEqualTo(3 + 4 + 5 + 6);
    }
    try (XSSFWorkbook book = Workbooks.open(Files.readAllBytes(equipment))) {
      assertThat(book.getNumberOfSheets()).isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void theSessionDetailCanGoIntoAZippedCsvBesideTheWorkbook() throws Exception {
    Path output = folder.resolve("q4.xlsx");

    Cli.Run run =
        Cli.asStaff()
            .with("HUBOPS_SERVER", server)
            .run(
                "report",
                "quarterly",
                "--quarter=" + quarter,
                "--oblast=" + OBLAST,
                "--lang=en",
                "--detail=csv",
                "--output=" + output);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    Path csv = folder.resolve("q4-sessions.csv.zip");
    assertThat(run.out()).contains("Wrote " + csv).contains("Wrote " + output);
    List<List<String>> lines = csvLines(csv);
    assertThat(lines.get(0)).startsWith("Date", "Hub code").contains("Attendances");
    int attendances = lines.get(0).indexOf("Attendances");
    assertThat(lines.subList(1, lines.size()))
        .hasSize(4)
        .allSatisfy(line -> assertThat(line.get(1)).isEqualTo(hub.code()))
        .extracting(line -> Integer.parseInt(line.get(attendances)))
        .containsExactlyInAnyOrder(3, 4, 5, 6);
    try (XSSFWorkbook book = Workbooks.open(Files.readAllBytes(output))) {
      assertThat(book.getSheet("Sessions")).as("the detail is in the CSV file").isNull();
      assertThat(Workbooks.total(book, "By hub", "Attendances")).isEqualTo(3 + 4 + 5 + 6);
    }
    assertThat(folder).isDirectoryNotContaining("glob:**.part");
  }

  @Test
  void aDetailThatIsNeitherSheetNorCsvIsAUsageError() {
    Path output = folder.resolve("q.xlsx");

    Cli.Run run =
        Cli.asStaff()
            .with("HUBOPS_SERVER", server)
            .run(
                "report",
                "quarterly",
                "--quarter=" + quarter,
                "--detail=pdf",
                "-o",
                output.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .as("in Ukrainian, as the rest of the run")
        .contains("Неправильне значення параметра --detail: «pdf» — можна лише: sheet, csv");
    assertThat(folder).isEmptyDirectory();
  }

  /** The one CSV file in the zip, as lines of fields (RFC 4180 quoting). */
  private static List<List<String>> csvLines(Path zip) throws Exception {
    String text;
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      assertThat(in.getNextEntry().getName()).isEqualTo("sessions.csv");
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(in.getNextEntry()).isNull();
    }
    assertThat(text).as("a byte-order mark, so Excel reads it as UTF-8").startsWith("\uFEFF");
    List<List<String>> lines = new ArrayList<>();
    List<String> line = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        line.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && text.charAt(i + 1) == '\n') {
        line.add(field.toString());
        field.setLength(0);
        lines.add(line);
        line = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    assertThat(line).as("every line ends in CRLF").isEmpty();
    return lines;
  }
}
