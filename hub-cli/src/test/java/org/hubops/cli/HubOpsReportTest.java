package org.hubops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
}
