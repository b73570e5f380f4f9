package org.hubops.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
 * An oblast by raion (Khmelnytskyi, UA-68, which no other test reports on): raions from the hubs'
 * settlement codes, whose rows add up to the oblast's, in the JSON and in the workbook.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class RaionReportTest {

  private static final String OBLAST = "UA-68";
  private static final String KAMIANETS_RAION = "UA68020000000016021";
  private static final String KHMELNYTSKYI_RAION = "UA68040000000086061";
  private static final String HUKIV_HROMADA = "UA68020010000017180";
  private static final String HUMENETS_HROMADA = "UA68020030000032574";
  private static final String ANTONINY_HROMADA = "UA68040010000025276";
  private static final String HUMENTSI = "UA68020030010035532";

  @Parameter TestDatabase database;

  private Api api;
  private Quarter quarter;

  @BeforeEach
  void hubsInTwoRaions() {
    api = TestService.on(database).api().with("Accept-Language", "en");
    LocalDate today = LocalDate.now(Kyiv.ZONE);
    quarter = Quarter.containing(today);
    if (api.get("/api/v1/hubs?oblast=" + OBLAST).json().path("total").asInt() > 0) {
      return;
    }
    Hub gukiv = create("UA68020010010091918"); // Гуків, Kamianets-Podilskyi raion
    Hub burty = create("UA68020010020051296"); // Бурти, the same raion
    Hub vaskivchyky = create("UA68040010020019047"); // Васьківчики, Khmelnytskyi raion
    Hub humentsi = create(HUMENTSI); // Гуменці, Kamianets raion, another hromada
    int size = 3;
    for (Hub hub : List.of(gukiv, burty, vaskivchyky, humentsi)) {
      ApiResponse logged =
          api.post("/api/v1/hubs/" + hub.id() + "/sessions", Fixtures.session(today, size++));
      assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
    }
  }

  private Hub create(String settlementCode) {
    ApiResponse created =
        api.post(
            "/api/v1/hubs",
            Fixtures.hubOn(Fixtures.newHubCode(), settlementCode, LocalDate.of(2023, 1, 1)));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.as(Hub.class);
  }

  private String quarterly() {
    return "/api/v1/reports/quarterly?year=%d&quarter=%d&oblast=%s&lang=en"
        .formatted(quarter.year(), quarter.quarter(), OBLAST);
  }

  @Test
  void theRaionsOfAnOblastAddUpToItInTheDatasetAndTheWorkbook() throws Exception {
    JsonNode region = api.get(quarterly()).json().path("regions").get(0);
    HttpResponse<byte[]> download = api.with("Accept", Downloads.XLSX).download(quarterly());

    assertThat(region.path("oblast").path("code").asText()).isEqualTo(OBLAST);
    JsonNode raions = region.path("raions");
    List<String> codes = new ArrayList<>();
    raions.forEach(r -> codes.add(r.path("raionCode").asText()));
    assertThat(codes).containsExactly(KAMIANETS_RAION, KHMELNYTSKYI_RAION);
    assertThat(raions.get(0).path("raionName").asText()).isEqualTo("Кам’янець-Подільський");
    assertThat(raions.get(0).path("activeHubs").asInt()).isEqualTo(3);
    assertThat(raions.get(1).path("figures").path("sessions").asInt()).isEqualTo(1);
    int sessions = 0;
    int minutes = 0;
    int active = 0;
    for (JsonNode raion : raions) {
      sessions += raion.path("figures").path("sessions").asInt();
      minutes += raion.path("figures").path("trainingMinutes").asInt();
      active += raion.path("activeHubs").asInt();
    }
    assertThat(sessions).isEqualTo(region.path("figures").path("sessions").asInt()).isEqualTo(4);
    assertThat(minutes)
        .isEqualTo(region.path("figures").path("trainingMinutes").asInt())
        .isEqualTo(4 * 90);
    assertThat(active).isEqualTo(region.path("activeHubs").asInt());

    try (XSSFWorkbook book = Workbooks.open(download.body())) {
      for (String header : List.of("Sessions", "Attendances", "Female", "Active hubs")) {
        assertThat(Workbooks.total(book, "By raion", header))
            .as(header)
            .isEqualTo(Workbooks.total(book, "By region", header));
      }
      assertThat(Workbooks.dataRows(book, "By raion")).isEqualTo(2);
      Sheet byRaion = book.getSheet("By raion");
      Row first = byRaion.getRow(1);
      assertThat(first.getCell(2).getStringCellValue()).isEqualTo(KAMIANETS_RAION);
      assertThat(first.getCell(3).getStringCellValue()).isEqualTo("Кам’янець-Подільський");
    }
  }

  @Test
  void theHromadasOfARaionAddUpToItInTheWorkbookOfOneOblast() throws Exception {
    JsonNode raions = api.get(quarterly()).json().path("regions").get(0).path("raions");
    HttpResponse<byte[]> download = api.with("Accept", Downloads.XLSX).download(quarterly());

    List<String> hromadas = new ArrayList<>();
    raions.forEach(
        r -> r.path("hromadas").forEach(h -> hromadas.add(h.path("hromadaCode").asText())));
    assertThat(hromadas).containsExactly(HUKIV_HROMADA, HUMENETS_HROMADA, ANTONINY_HROMADA);
    try (XSSFWorkbook book = Workbooks.open(download.body())) {
      assertThat(Workbooks.dataRows(book, "By hromada")).isEqualTo(3);
      for (String header :
          List.of("Sessions", "Attendances", "Female", "Male", "Active hubs", "Reporting hubs")) {
        assertThat(Workbooks.total(book, "By hromada", header))
            .as(header)
            .isEqualTo(Workbooks.total(book, "By raion", header))
            .isEqualTo(Workbooks.total(book, "By region", header));
      }
      Sheet byHromada = book.getSheet("By hromada");
      Row hukiv = byHromada.getRow(1);
      assertThat(hukiv.getCell(0).getStringCellValue()).isEqualTo(KAMIANETS_RAION);
      assertThat(hukiv.getCell(2).getStringCellValue()).isEqualTo(HUKIV_HROMADA);
      assertThat(hukiv.getCell(3).getStringCellValue()).isEqualTo("Гуківська");
    }
  }

  @Test
  void aNationalWorkbookHasNoHromadaSheet() throws Exception {
    String national =
        "/api/v1/reports/quarterly?year=%d&quarter=%d&lang=en"
            .formatted(quarter.year(), quarter.quarter());
    HttpResponse<byte[]> download = api.with("Accept", Downloads.XLSX).download(national);

    try (XSSFWorkbook book = Workbooks.open(download.body())) {
      assertThat(book.getSheet("By raion")).isNotNull();
      assertThat(book.getSheet("By hromada")).isNull();
    }
    assertThat(api.get(national).json().findValues("hromadas"))
        .allSatisfy(h -> assertThat(h.isEmpty()).isTrue());
  }
}
