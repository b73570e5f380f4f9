package org.hubops.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubops.api.imports.SessionImportApiTest.imports;
import static org.hubops.api.imports.SessionImportApiTest.row;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hubops.api.platform.RequestLimits;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.RawHttp;
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
 * Hostile and clumsy files: each is refused with problem+json naming the sheet, row and column a
 * person sees in Excel, and nothing at all is stored.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class SessionImportRefusalTest {

  @Parameter TestDatabase database;

  private static final LocalDate DAY = LocalDate.now(Kyiv.ZONE).minusDays(7);
  private static final String SESSIONS = "Заняття";
  private static final String ATTENDEES = "Відвідувачі";

  private Api api;
  private Hub hub;

  @BeforeEach
  void hub() {
    api = TestService.on(database).api();
    hub = Fixtures.createHub(api);
  }

  /** The template with one good session of one attendee, as the base of each broken file. */
  private XSSFWorkbook goodWorkbook() {
    XSSFWorkbook workbook = Sheets.template(api, hub, "uk");
    Sheets.fill(
        workbook,
        SESSIONS,
        List.of(row("1", DAY, "10:00", 60, "Захід", "Очно", null, "E.1", null, null, null)));
    Sheets.fill(workbook, ATTENDEES, List.of(row("1", "Жінка", "30–39")));
    return workbook;
  }

  private ApiResponse upload(byte[] bytes) {
    return new Multipart().file("file", "log.xlsx", Multipart.XLSX, bytes).post(api, imports(hub));
  }

  /** Refused with {@code status}, naming exactly {@code fields}, and nothing stored. */
  private JsonNode assertRefused(ApiResponse response, int status, String... fields) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    if (fields.length > 0) {
      assertThat(response.errorFields()).as(response.toString()).containsExactlyInAnyOrder(fields);
    }
    assertThat(api.get("/api/v1/hubs/" + hub.id() + "/sessions").json().path("total").asInt())
        .isZero();
    return response.json();
  }

  private static JsonNode error(JsonNode problem, String field) {
    for (JsonNode error : problem.path("errors")) {
      if (error.path("field").asText().equals(field)) {
        return error;
      }
    }
    throw new AssertionError("no error for " + field + " in " + problem);
  }

  @Test
  void somethingThatIsNotASpreadsheetIsRefused() {
    byte[] pdf = "%PDF-1.4\n\0\0binary".getBytes(StandardCharsets.ISO_8859_1);
    JsonNode problem = assertRefused(upload(pdf), 422, "file");
    assertThat(error(problem, "file").path("message").asText()).contains(".xlsx");
  }

  @Test
  void oldExcelFileIsToldToBeSavedAsXlsx() {
    byte[] xls = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a};
    JsonNode problem = assertRefused(upload(xls), 422, "file");
    assertThat(error(problem, "file").path("message").asText()).contains(".xls");
  }

  @Test
  void zipBombIsRefusedUnread() {
    byte[] bomb = HostileFiles.zipBomb(Sheets.bytes(goodWorkbook()), 40);
    assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
    assertRefused(upload(bomb), 413);
  }

  @Test
  void uploadOverTheCapIsRefusedBeforeItIsSent() {
    // A raw request, as the JDK 17 HTTP client hangs on a refused "Expect: 100-continue": the
    // headers alone, announcing a body over the cap that never comes.
    RawHttp.Response refused =
        RawHttp.to(api.base())
            .send(
                "POST",
                imports(hub),
                Map.of(
                    "Authorization",
                    "Bearer " + TestService.on(database).adminToken(),
                    "Content-Type",
                    Multipart.XLSX,
                    "Content-Length",
                    String.valueOf(new RequestLimits().maxBytes(true) + 1),
                    "Expect",
                    "100-continue"),
                null);
    assertThat(refused.status()).isEqualTo(413);
    assertRefused(
        api.postBytes(imports(hub), "text/csv", "x".getBytes(StandardCharsets.UTF_8)), 422);
  }

  @Test
  void sheetLongerThanTheRowCapIsRefusedNamingTheSheet() {
    JsonNode problem =
        assertRefused(upload(HostileFiles.longWorkbook(SheetTable.MAX_ROWS + 1)), 422, "Sessions");
    assertThat(error(problem, "Sessions").path("message").asText()).contains("150");
  }

  @Test
  void formulaIsRefusedNamingItsCell() {
    XSSFWorkbook workbook = goodWorkbook();
    workbook.getSheet(SESSIONS).getRow(1).getCell(3).setCellFormula("30+30");
    JsonNode problem = assertRefused(upload(Sheets.bytes(workbook)), 422, SESSIONS + "!D2");
    JsonNode error = error(problem, SESSIONS + "!D2");
    assertThat(error.path("sheet").asText()).isEqualTo(SESSIONS);
    assertThat(error.path("row").asInt()).isEqualTo(2);
    assertThat(error.path("column").asText()).isEqualTo("D");
    assertThat(error.path("header").asText()).isEqualTo("Хвилин");
    assertThat(error.path("message").asText()).contains("=30+30");
  }

  @Test
  void datesAsTextOrSerialNumbersAreReadAndOthersNamed() {
    XSSFWorkbook workbook = goodWorkbook();
    double serial = DAY.toEpochDay() + 25569; // days since 1899-12-30
    Sheets.fill(
        workbook,
        SESSIONS,
        List.of(
            row(
                "1",
                DAY.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                "10:00",
                60,
                "Захід",
                "Очно",
                null,
                "E.1"),
            row("2", DAY.toString(), "10:00", 60, "Захід", "Очно", null, "E.1"),
            row("3", serial, "10:00", 60, "Захід", "Очно", null, "E.1"),
            row(
                "4",
                DAY.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")),
                "10:00",
                60,
                "Захід",
                "Очно",
                null,
                "E.1"),
            row("5", "вчора", "10:00", 60, "Захід", "Очно", null, "E.1"),
            row("6", 12, "10:00", 60, "Захід", "Очно", null, "E.1")));

    assertRefused(
        upload(Sheets.bytes(workbook)), 422, SESSIONS + "!B5", SESSIONS + "!B6", SESSIONS + "!B7");

    workbook.getSheet(SESSIONS).removeRow(workbook.getSheet(SESSIONS).getRow(4));
    workbook.getSheet(SESSIONS).removeRow(workbook.getSheet(SESSIONS).getRow(5));
    workbook.getSheet(SESSIONS).removeRow(workbook.getSheet(SESSIONS).getRow(6));
    ApiResponse accepted = upload(Sheets.bytes(workbook));
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    assertThat(accepted.json().path("created").asInt()).isEqualTo(3);
  }

  @Test
  void mergedCellsAreRefusedNamingTheRange() {
    XSSFWorkbook workbook = goodWorkbook();
    workbook.getSheet(SESSIONS).addMergedRegion(CellRangeAddress.valueOf("G2:H2"));
    JsonNode problem = assertRefused(upload(Sheets.bytes(workbook)), 422, SESSIONS + "!G2");
    assertThat(error(problem, SESSIONS + "!G2").path("message").asText()).contains("G2:H2");
  }

  @Test
  void missingSheetIsNamed() {
    XSSFWorkbook workbook = goodWorkbook();
    workbook.removeSheetAt(workbook.getSheetIndex(ATTENDEES));
    assertRefused(upload(Sheets.bytes(workbook)), 422, ATTENDEES);
  }

  @Test
  void missingAndUnknownHeadersAreNamed() {
    XSSFWorkbook workbook = goodWorkbook();
    workbook.getSheet(SESSIONS).getRow(0).getCell(1).setCellValue("Коли");
    workbook.getSheet(ATTENDEES).getRow(0).getCell(1).setCellValue("");
    workbook.getSheet(ATTENDEES).getRow(0).getCell(2).setCellValue("");
    JsonNode problem =
        assertRefused(
            upload(Sheets.bytes(workbook)),
            422,
            SESSIONS + "!B1",
            SESSIONS + "!1:1",
            ATTENDEES + "!1:1",
            ATTENDEES + "!1:1");
    assertThat(error(problem, SESSIONS + "!1:1").path("header").asText()).isEqualTo("Дата");
  }

  @Test
  void everyBrokenRuleIsReportedAtItsCellAtOnce() {
    XSSFWorkbook workbook = goodWorkbook();
    Sheets.fill(
        workbook,
        SESSIONS,
        List.of(
            row("1", LocalDate.of(2022, 5, 1), "10:00", 60, "Захід", "Очно", null, "E.1; 9.9"),
            row("1", DAY, "25:00", 0, "Лекція", "Очно", null, null, null, "ІНВ-404", "abc")));
    Sheets.fill(
        workbook,
        ATTENDEES,
        List.of(
            row("1", "Жінка", "30–39", "може", null, null, "P-404"),
            row("1", null, "30–39"),
            row("7", "Жінка", "30–39")));

    JsonNode problem =
        assertRefused(
            upload(Sheets.bytes(workbook)),
            422,
            SESSIONS + "!H2",
            SESSIONS + "!A3",
            SESSIONS + "!C3",
            SESSIONS + "!D3",
            SESSIONS + "!E3",
            SESSIONS + "!H3",
            SESSIONS + "!J3",
            SESSIONS + "!K3",
            ATTENDEES + "!D2",
            ATTENDEES + "!G2",
            ATTENDEES + "!A4",
            SESSIONS + "!B2",
            ATTENDEES + "!B3");
    assertThat(error(problem, SESSIONS + "!H2").path("message").asText()).contains("9.9");
    assertThat(problem.path("detail").asText()).contains("13");
  }

  @Test
  void problemsSpeakTheRequestsLanguage() {
    XSSFWorkbook workbook = goodWorkbook();
    workbook.getSheet(SESSIONS).getRow(1).getCell(3).setCellValue("ninety");
    ApiResponse response =
        new Multipart()
            .file("file", "log.xlsx", Multipart.XLSX, Sheets.bytes(workbook))
            .post(api.with("Accept-Language", "en-GB"), imports(hub));
    JsonNode problem = assertRefused(response, 422, SESSIONS + "!D2");
    assertThat(error(problem, SESSIONS + "!D2").path("message").asText())
        .isEqualTo("Must be a whole number");
  }

  @Test
  void singleCsvFileIsToldToComeAsAPair() {
    byte[] csv = "Ref,Date\n1,12.03.2026\n".getBytes(Charset.forName("windows-1251"));
    assertRefused(
        new Multipart().file("file", "sessions.csv", "text/csv", csv).post(api, imports(hub)),
        422,
        "file");
  }
}
