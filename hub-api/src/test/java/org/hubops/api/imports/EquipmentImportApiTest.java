package org.hubops.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubops.api.imports.SessionImportApiTest.row;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Kyiv;
import org.hubops.model.imports.EquipmentColumn;
import org.hubops.model.rest.Hub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A hub's equipment list imported as a workbook, keyed by inventory number, on both databases. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class EquipmentImportApiTest {

  @Parameter TestDatabase database;

  private Api api;
  private Hub hub;

  @BeforeEach
  void hub() {
    api = TestService.on(database).api();
    hub = Fixtures.createHub(api);
  }

  /** A workbook of the donor's, with Ukrainian headers on a sheet named as it pleased. */
  static XSSFWorkbook list(List<List<Object>> rows) {
    XSSFWorkbook workbook = new XSSFWorkbook();
    Row header = workbook.createSheet("Інвентар 2025").createRow(0);
    for (EquipmentColumn column : EquipmentColumn.values()) {
      header.createCell(column.ordinal()).setCellValue(column.labelUk());
    }
    Sheets.fill(workbook, "Інвентар 2025", rows);
    return workbook;
  }

  private ApiResponse upload(XSSFWorkbook workbook, String query) {
    return api.postBytes(
        "/api/v1/hubs/" + hub.code() + "/equipment/imports" + query,
        Multipart.XLSX,
        Sheets.bytes(workbook));
  }

  private JsonNode stored() {
    return api.get("/api/v1/hubs/" + hub.id() + "/equipment").json().path("items");
  }

  private static XSSFWorkbook twoLaptops(String secondStatus) {
    return list(
        List.of(
            row("ІНВ-1", "Ноутбук", "Lenovo E14", "PF1", "USAID", LocalDate.of(2024, 3, 12), null),
            row("ІНВ-2", "TABLET", "Galaxy Tab", null, "ПРООН", "01.02.2025", secondStatus)));
  }

  @Test
  void listIsImportedOnceAndAStatusChangeIsKeptInHistory() {
    ApiResponse first = upload(twoLaptops(null), "");
    ApiResponse again = upload(twoLaptops(null), "");
    ApiResponse repaired = upload(twoLaptops("На ремонті"), "");

    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(first.json().path("created").asInt()).isEqualTo(2);
    assertThat(again.json().path("unchanged").asInt()).isEqualTo(2);
    assertThat(repaired.json().path("updated").asInt()).isEqualTo(1);
    JsonNode items = stored();
    assertThat(items).hasSize(2);
    assertThat(items.get(0).path("model").asText()).isEqualTo("Lenovo E14");
    assertThat(items.get(1).path("status").asText()).isEqualTo("UNDER_REPAIR");
    String tablet = items.get(1).path("id").asText();
    JsonNode history =
        api.get("/api/v1/hubs/" + hub.id() + "/equipment/" + tablet + "/history").json();
    assertThat(history).hasSize(2);
    assertThat(history.get(1).path("toStatus").asText()).isEqualTo("UNDER_REPAIR");
  }

  @Test
  void everyProblemIsNamedAndNothingIsStored() {
    LocalDate tomorrow = LocalDate.now(Kyiv.ZONE).plusDays(1);
    XSSFWorkbook workbook =
        list(
            List.of(
                row("ІНВ-1", "Ноутбук", null, null, null, null, null),
                row("ІНВ-2", "Телевізор", null, null, null, null, null),
                row("ІНВ-1", "Ноутбук", null, null, null, null, null),
                row("ІНВ-3", "Принтер", null, null, null, tomorrow, null)));

    ApiResponse response = upload(workbook, "");

    assertThat(response.status()).as(response.toString()).isEqualTo(422);
    assertThat(response.errorFields())
        .containsExactlyInAnyOrder("Інвентар 2025!B3", "Інвентар 2025!A4", "Інвентар 2025!F5");
    assertThat(stored()).isEmpty();
  }

  @Test
  void dryRunStoresNothing() {
    ApiResponse dry = upload(twoLaptops(null), "?dryRun=true");

    assertThat(dry.status()).as(dry.toString()).isEqualTo(200);
    assertThat(dry.json().path("created").asInt()).isEqualTo(2);
    assertThat(dry.json().path("equipment")).hasSize(2);
    assertThat(stored()).isEmpty();

    ApiResponse real = upload(twoLaptops(null), "");
    assertThat(real.json().path("equipment").findValuesAsText("id"))
        .as("the dry run names the ids the import creates")
        .isEqualTo(dry.json().path("equipment").findValuesAsText("id"));
  }

  @Test
  void theTemplateFilledInWithItsOwnLabelsImports() {
    XSSFWorkbook workbook =
        Sheets.open(api.downloadBody("/api/v1/hubs/" + hub.code() + "/equipment/template?lang=uk"));
    Sheets.fill(
        workbook,
        "Обладнання",
        List.of(
            row(
                "ІНВ-9",
                "Настільний комп’ютер",
                "Dell",
                null,
                "USAID",
                LocalDate.of(2024, 3, 12),
                "Справне, у роботі")));

    ApiResponse imported = upload(workbook, "");

    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(imported.json().path("created").asInt()).isEqualTo(1);
    assertThat(stored().get(0).path("category").asText()).isEqualTo("DESKTOP");
    assertThat(Sheets.open(api.downloadBody("/api/v1/hubs/template?lang=en")).getSheet("Hubs"))
        .as("the hub register's template")
        .isNotNull();
  }

  @Test
  void anUnknownChoiceQuotesEachAllowedLabelWhoseOwnCommaWouldMisleadOtherwise() {
    ApiResponse response = upload(twoLaptops("Справне"), "");

    assertThat(response.status()).as(response.toString()).isEqualTo(422);
    assertThat(response.body()).contains("«Справне, у роботі»").contains("«На ремонті»");
  }
}
