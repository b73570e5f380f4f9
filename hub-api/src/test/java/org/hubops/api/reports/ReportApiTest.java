package org.hubops.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The report endpoints of the running service: the JSON dataset and the workbook agree figure for
 * figure, the workbook's sheets agree with each other, and bad requests are 422s naming the
 * parameter. The tests report on an oblast (Dnipropetrovsk, UA-12) that no other test uses.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class ReportApiTest {

  private static final String XLSX = Downloads.XLSX;
  private static final String OBLAST = "UA-12";

  @Parameter TestDatabase database;

  private Api api;
  private Quarter quarter;

  @BeforeEach
  void logSomeSessions() {
    api = TestService.on(database).api();
    LocalDate today = LocalDate.now(Kyiv.ZONE);
    quarter = Quarter.containing(today);
    if (api.get("/api/v1/hubs?oblast=" + OBLAST).json().path("total").asInt() > 0) {
      return;
    }
    Hub busy = create(Fixtures.hub(Fixtures.newHubCode(), OBLAST, LocalDate.of(2023, 1, 1)));
    create(Fixtures.hub(Fixtures.newHubCode(), OBLAST, LocalDate.of(2023, 1, 1)));
    for (int i = 0; i < 3; i++) {
      LocalDate date = quarter.firstDay().plusDays(i * 10L);
      ApiResponse logged =
          api.post(
              "/api/v1/hubs/" + busy.id() + "/sessions",
              Fixtures.session(date.isAfter(today) ? today : date, 5 + i));
      assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
    }
  }

  private Hub create(Hub hub) {
    ApiResponse created = api.post("/api/v1/hubs", hub);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.as(Hub.class);
  }

  private String quarterly() {
    return "/api/v1/reports/quarterly?year=%d&quarter=%d&oblast=%s"
        .formatted(quarter.year(), quarter.quarter(), OBLAST);
  }

  @Test
  void workbookShowsTheSameFiguresAsTheJsonOnEverySheet() throws Exception {
    JsonNode json = api.get(quarterly() + "&lang=en").json();
    HttpResponse<byte[]> download = api.with("Accept", XLSX).download(quarterly() + "&lang=en");

    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type")).hasValue(XLSX);
    assertThat(download.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("hubops-" + quarter + "-UA-12.xlsx"));
    JsonNode figures = json.path("current").path("figures");
    long sessions = figures.path("sessions").asLong();
    long attendances = 5 + 6 + 7;
    assertThat(sessions).isEqualTo(3);
    assertThat(json.path("current").path("activeHubs").asInt()).isEqualTo(2);
    assertThat(json.path("current").path("reportingHubs").asInt()).isEqualTo(1);
    assertThat(json.path("hubs")).hasSize(2);
    try (XSSFWorkbook book = Workbooks.open(download.body())) {
      for (String sheet : new String[] {"By region", "By hub", "Sessions"}) {
        assertThat(Workbooks.total(book, sheet, "Attendances")).as(sheet).isEqualTo(attendances);
        assertThat(Workbooks.total(book, sheet, "Training hours")).as(sheet).isEqualTo(4.5);
        assertThat(Workbooks.total(book, sheet, "Female")).as(sheet).isEqualTo(11);
      }
      assertThat(Workbooks.total(book, "By hub", "Sessions")).isEqualTo(sessions);
      assertThat(Workbooks.total(book, "By region", "Sessions")).isEqualTo(sessions);
      assertThat(Workbooks.dataRows(book, "Sessions")).isEqualTo(3);
      assertThat(Workbooks.dataRows(book, "By hub")).isEqualTo(2);
      assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Summary");
    }
  }

  @Test
  void aPlainLinkGetsTheWorkbookWithFormatXlsx() throws Exception {
    // A browser link sends Accept: text/html,...,*/*; the page's download button adds format=xlsx.
    HttpResponse<byte[]> download =
        api.with("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
            .download(quarterly() + "&format=xlsx");

    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith(XLSX));
    try (XSSFWorkbook book = Workbooks.open(download.body())) {
      assertThat(book.getNumberOfSheets()).isGreaterThan(5);
    }
  }

  @Test
  void sessionLinesStreamAsOneJsonArrayThatAddsUp() {
    ApiResponse lines = api.get(quarterly().replace("/quarterly?", "/quarterly/sessions?"));

    assertThat(lines.status()).isEqualTo(200);
    assertThat(lines.json().isArray()).isTrue();
    assertThat(lines.json()).hasSize(3);
    long people = 0;
    for (JsonNode line : lines.json()) {
      for (JsonNode ages : line.path("attendees").path("bySexAndAge")) {
        for (JsonNode count : ages) {
          people += count.asLong();
        }
      }
    }
    assertThat(people).isEqualTo(5 + 6 + 7);
    assertThat(lines.body()).doesNotContain("Олена Коваль", "trainer", "title", "participant");
  }

  @Test
  void badParametersAreNamed() {
    String base = "/api/v1/reports/quarterly";
    assertThat(api.get(base).errorFields()).containsExactlyInAnyOrder("year", "quarter");
    assertThat(api.get(base + "?year=2026&quarter=5").errorFields()).containsExactly("quarter");
    assertThat(api.get(base + "?year=abc&quarter=1").errorFields()).containsExactly("year");
    assertThat(api.get(base + "?year=2026&quarter=1&oblast=UA-99").errorFields())
        .containsExactly("oblast");
    assertThat(api.get(base + "?year=2026&quarter=1&lang=fr").errorFields())
        .containsExactly("lang");
    ApiResponse future =
        api.with("Accept", XLSX)
            .with("Accept-Language", "en")
            .get(
                base
                    + "?year=%d&quarter=%d"
                        .formatted(quarter.next().year(), quarter.next().quarter()));
    assertThat(future.status()).isEqualTo(422);
    assertThat(future.contentType()).startsWith("application/problem+json");
    assertThat(future.errorFields()).containsExactly("quarter");
    assertThat(future.json().path("errors").get(0).path("message").asText())
        .contains("has not started");
  }

  @Test
  void hubReportIsOneHubsWorkbookAndItsErrorsAreClear() throws Exception {
    String code =
        api.get("/api/v1/hubs?oblast=" + OBLAST).json().path("items").get(0).path("code").asText();
    String report = "/api/v1/hubs/" + code + "/report";
    String path = report + "?from=" + quarter.firstDay() + "&to=" + LocalDate.now(Kyiv.ZONE);

    JsonNode json = api.get(path).json();
    HttpResponse<byte[]> download = api.with("Accept", XLSX).download(path);

    assertThat(json.path("hub").path("code").asText()).isEqualTo(code);
    assertThat(json.path("figures").path("sessions").asInt()).isEqualTo(3);
    assertThat(download.statusCode()).isEqualTo(200);
    try (XSSFWorkbook book = Workbooks.open(download.body())) {
      assertThat(Workbooks.dataRows(book, "Заняття")).isEqualTo(3);
      assertThat(Workbooks.total(book, "Заняття", "Відвідування")).isEqualTo(5 + 6 + 7);
    }
    assertThat(api.get(path.replace("/report?", "/report/sessions?")).json()).hasSize(3);
    assertThat(api.get("/api/v1/hubs/NO-SUCH/report?from=2026-01-01&to=2026-01-31").status())
        .isEqualTo(404);
    assertThat(api.get(report + "?from=2026-02-01&to=2026-01-31").errorFields())
        .containsExactly("to");
    assertThat(api.get(report + "?from=2026-02-30").errorFields())
        .containsExactlyInAnyOrder("from", "to");
    assertThat(api.get(report + "?from=2024-01-01&to=2026-01-31").errorFields())
        .containsExactly("to");
  }

  @Test
  void equipmentReportIsJsonOrWorkbook() throws Exception {
    ApiResponse json = api.get("/api/v1/reports/equipment?oblast=" + OBLAST);
    HttpResponse<byte[]> download =
        api.with("Accept", XLSX).download("/api/v1/reports/equipment?oblast=" + OBLAST);

    assertThat(json.status()).isEqualTo(200);
    assertThat(json.json().path("oblastCode").asText()).isEqualTo(OBLAST);
    assertThat(download.statusCode()).isEqualTo(200);
    try (XSSFWorkbook book = Workbooks.open(download.body())) {
      assertThat(book.getNumberOfSheets()).isGreaterThanOrEqualTo(3);
    }
  }
}
