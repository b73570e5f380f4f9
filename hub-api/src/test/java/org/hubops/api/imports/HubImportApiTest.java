package org.hubops.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.rest.Hub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The hub register imported from CSV by association staff, keyed by hub code. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class HubImportApiTest {

  @Parameter TestDatabase database;

  private static final String HEADER =
      "Код;Назва;Тип закладу;Область;Громада;Населений пункт;Тип населеного пункту;Адреса;"
          + "Дата відкриття;Стан\n";

  private Api api() {
    return TestService.on(database).api();
  }

  private static String hubRow(String code, String name, String oblast, String status) {
    return code
        + ";"
        + name
        + ";Бібліотека;"
        + oblast
        + ";Жовківська громада;Жовква;Селище;"
        + "вул. Львівська, 12;15.01.2023;"
        + status
        + "\n";
  }

  private ApiResponse upload(String csv, String query) {
    return new Multipart()
        .file("file", "hubs.csv", "text/csv", csv.getBytes(Charset.forName("windows-1251")))
        .post(api(), "/api/v1/hubs/imports" + query);
  }

  @Test
  void registerIsImportedOnceAndChangesUpdateTheHub() {
    String first = Fixtures.newHubCode();
    String second = Fixtures.newHubCode();
    String third = Fixtures.newHubCode();
    String csv =
        HEADER
            + hubRow(first, "Бібліотека «Світанок»", "Львівська область", "")
            + hubRow(second, "ЦНАП Жовкви", "UA-46", "Призупинено")
            + hubRow(third, "Школа Жовкви", "Львівська", "");

    ApiResponse created = upload(csv, "");
    ApiResponse again = upload(csv, "");
    ApiResponse renamed =
        upload(csv.replace("Бібліотека «Світанок»", "Бібліотека «Світанок-2»"), "");

    assertThat(created.status()).as(created.toString()).isEqualTo(200);
    assertThat(created.json().path("created").asInt()).isEqualTo(3);
    assertThat(again.json().path("unchanged").asInt()).isEqualTo(3);
    assertThat(renamed.json().path("updated").asInt()).isEqualTo(1);
    Hub hub = api().get("/api/v1/hubs/" + first).as(Hub.class);
    assertThat(hub.name()).isEqualTo("Бібліотека «Світанок-2»");
    assertThat(hub.oblast()).isEqualTo("UA-46");
    assertThat(api().get("/api/v1/hubs/" + second).as(Hub.class).status().name())
        .isEqualTo("SUSPENDED");
    assertThat(api().get("/api/v1/hubs/" + third).as(Hub.class).oblast())
        .as("the oblast named without the word «область»")
        .isEqualTo("UA-46");
  }

  @Test
  void brokenRowsAreNamedAndNoHubIsStored() {
    String good = Fixtures.newHubCode();
    String csv =
        HEADER
            + hubRow(good, "Бібліотека", "UA-46", "")
            + hubRow("lv42", "Бібліотека", "UA-46", "")
            + hubRow(Fixtures.newHubCode(), "Бібліотека", "Галицька область", "");

    ApiResponse response = upload(csv, "");

    assertThat(response.status()).as(response.toString()).isEqualTo(422);
    assertThat(response.errorFields()).containsExactlyInAnyOrder("hubs.csv!A3", "hubs.csv!D4");
    assertThat(api().get("/api/v1/hubs/" + good).status()).isEqualTo(404);
  }

  @Test
  void dryRunStoresNoHub() {
    String code = Fixtures.newHubCode();
    String commas =
        "Code,Name,Institution type,Oblast,Hromada,Settlement,Settlement type,Opened on\n"
            + code
            + ",Library,LIBRARY,Lviv Oblast,Жовківська,Жовква,TOWN,2023-01-15\n";

    ApiResponse dry =
        new Multipart()
            .file("file", "hubs.csv", "text/csv", commas.getBytes(StandardCharsets.UTF_8))
            .post(api(), "/api/v1/hubs/imports?dryRun=true");

    assertThat(dry.status()).as(dry.toString()).isEqualTo(200);
    assertThat(dry.json().path("hubs").get(0).path("status").asText()).isEqualTo("CREATED");
    assertThat(api().get("/api/v1/hubs/" + code).status()).isEqualTo(404);
  }

  @Test
  void aHubIsPlacedByItsSettlementCode() {
    String code = Fixtures.newHubCode();
    String csv =
        "Код;Назва;Тип закладу;Код КАТОТТГ;Дата відкриття\n"
            + code
            + ";Бібліотека-філія с. Тухля;Бібліотека;UA46100210130069026;01.03.2024\n";

    ApiResponse response = upload(csv, "");

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    Hub hub = api().get("/api/v1/hubs/" + code).as(Hub.class);
    assertThat(hub.settlementCode()).isEqualTo("UA46100210130069026");
    assertThat(hub.settlement()).isEqualTo("Тухля");
    assertThat(hub.raion()).isEqualTo("Стрийський");
    assertThat(hub.settlementType().name()).isEqualTo("VILLAGE");
  }

  /**
   * Names that match no settlement, or several, and a code that is not a settlement, are each
   * reported by row and column; nothing is guessed and nothing stored.
   */
  @Test
  void settlementsTheNamesOrCodeDoNotDecideAreReportedByRowAndColumn() {
    String good = Fixtures.newHubCode();
    String csv =
        "Код;Назва;Тип закладу;Код КАТОТТГ;Область;Громада;Населений пункт;Дата відкриття\n"
            + good
            + ";Бібліотека;Бібліотека;;Львівська область;Славська;Тухля;01.03.2024\n"
            + Fixtures.newHubCode()
            + ";Бібліотека;Бібліотека;;Львівська область;Славська;Вигадане;01.03.2024\n"
            + Fixtures.newHubCode()
            + ";Бібліотека;Бібліотека;;Львівська область;;Гаї;01.03.2024\n"
            + Fixtures.newHubCode()
            + ";Бібліотека;Бібліотека;UA46100210000027970;;;;01.03.2024\n";

    ApiResponse response = upload(csv, "");

    assertThat(response.status()).as(response.toString()).isEqualTo(422);
    assertThat(response.errorFields())
        .containsExactlyInAnyOrder("hubs.csv!G3", "hubs.csv!G4", "hubs.csv!D5");
    assertThat(api().get("/api/v1/hubs/" + good).status()).isEqualTo(404);
  }
}
