package org.hubops.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Kyiv;
import org.hubops.model.Role;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Participant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Imports leave the same audit trail as changes made one at a time: an entry per record created or
 * changed, under the importer's name, none for a record left unchanged or for a dry run, and no
 * names or phones; on both databases.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class ImportAuditTest {

  @Parameter TestDatabase database;

  private static final LocalDate DAY = LocalDate.now(Kyiv.ZONE).minusDays(4);

  private Api admin() {
    return TestService.on(database).api();
  }

  private static List<Object> row(Object... values) {
    return new ArrayList<>(Arrays.asList(values));
  }

  /** Two sessions, the first attended by a registered learner. */
  private static byte[] sessions(Api api, Hub hub, String firstTitle) {
    XSSFWorkbook workbook = Sheets.template(api, hub, "uk");
    Sheets.fill(
        workbook,
        "Заняття",
        List.of(
            row("1", DAY, "10:00", 60, "Групове заняття", "Очно", firstTitle, "E.1"),
            row("2", DAY, "12:00", 30, "Захід", "Онлайн", "Вебінар", "E.2")));
    Sheets.fill(
        workbook,
        "Відвідувачі",
        List.of(
            row("1", "Жінка", "60–69", null, null, null, "P-A1"), row("2", "Чоловік", "18–29")));
    return Sheets.bytes(workbook);
  }

  private static ApiResponse post(Api api, String path, byte[] file) {
    return api.postBytes(path, Multipart.XLSX, file);
  }

  private List<JsonNode> trail(String entity, Object id) {
    JsonNode page = admin().get("/api/v1/audit?entity=" + entity + "&id=" + id).json();
    List<JsonNode> entries = new ArrayList<>();
    page.path("items").forEach(entries::add);
    return entries;
  }

  @Test
  void importedSessionsAreAuditedOnceEachAndOnlyWhenTheyChange() {
    TestService service = TestService.on(database);
    Hub hub = Fixtures.createHub(admin());
    Participant learner = Fixtures.createParticipant(admin(), hub, Fixtures.participant("P-A1"));
    var coordinator = service.addAccount(Role.COORDINATOR, hub);
    Api api = service.anonymous().withToken(service.issueToken(coordinator.username()));
    String imports = "/api/v1/hubs/" + hub.id() + "/imports";

    JsonNode dry = post(api, imports + "?dryRun=true", sessions(api, hub, "Дія")).json();
    String firstId = dry.path("sessions").get(0).path("id").asText();
    assertThat(trail("SESSION", firstId)).isEmpty();

    JsonNode created = post(api, imports, sessions(api, hub, "Дія")).json();
    assertThat(created.path("created").asInt()).isEqualTo(2);
    for (JsonNode entry : created.path("sessions")) {
      List<JsonNode> trail = trail("SESSION", entry.path("id").asText());
      assertThat(trail).hasSize(1);
      assertThat(trail.get(0).path("action").asText()).isEqualTo("CREATE");
      assertThat(trail.get(0).path("actor").asText()).isEqualTo(coordinator.username());
      assertThat(trail.get(0).path("after").path("id").asText())
          .isEqualTo(entry.path("id").asText());
    }
    JsonNode first = trail("SESSION", firstId).get(0).path("after");
    assertThat(first.path("title").asText()).isEqualTo("Дія");
    assertThat(first.path("version").asLong()).isEqualTo(1);
    assertThat(first.path("attendees").get(0).path("participantId").asText())
        .isEqualTo(learner.id().toString());
    assertThat(first.toString()).doesNotContain(learner.fullName(), learner.phone());

    post(api, imports, sessions(api, hub, "Дія"));
    assertThat(trail("SESSION", firstId)).hasSize(1);

    JsonNode edited = post(api, imports, sessions(api, hub, "Дія: е-послуги")).json();
    assertThat(edited.path("updated").asInt()).isEqualTo(1);
    List<JsonNode> trail = trail("SESSION", firstId);
    assertThat(trail).hasSize(2);
    JsonNode update = trail.get(0);
    assertThat(update.path("action").asText()).isEqualTo("UPDATE");
    assertThat(update.path("before").path("title").asText()).isEqualTo("Дія");
    assertThat(update.path("after").path("title").asText()).isEqualTo("Дія: е-послуги");
    assertThat(update.path("after").path("version").asLong()).isEqualTo(2);
    // The trail's "after" is what the API reads back.
    JsonNode stored = admin().get("/api/v1/hubs/" + hub.id() + "/sessions/" + firstId).json();
    assertThat(update.path("after").path("version")).isEqualTo(stored.path("version"));
    assertThat(update.path("after").path("attendees")).isEqualTo(stored.path("attendees"));
  }

  @Test
  void importedEquipmentAndHubsAreAudited() {
    Hub hub = Fixtures.createHub(admin());
    String number = "ІНВ-" + Fixtures.newHubCode();
    byte[] csv =
        ("Інвентарний номер;Категорія;Модель\n" + number + ";Ноутбук;Lenovo V15\n")
            .getBytes(StandardCharsets.UTF_8);
    JsonNode equipment =
        admin()
            .postBytes("/api/v1/hubs/" + hub.id() + "/equipment/imports", "text/csv", csv)
            .json();
    String itemId = equipment.path("equipment").get(0).path("id").asText();
    assertThat(trail("EQUIPMENT", itemId))
        .singleElement()
        .satisfies(e -> assertThat(e.path("action").asText()).isEqualTo("CREATE"));

    String code = Fixtures.newHubCode();
    byte[] register =
        ("Код;Назва;Тип закладу;Область;Громада;Населений пункт;Тип населеного пункту;Адреса;"
                + "Дата відкриття\n"
                + code
                + ";Бібліотека «Світанок»;Бібліотека;UA-46;Жовківська громада;Жовква;Селище;"
                + "вул. Львівська, 12;15.01.2023\n")
            .getBytes(StandardCharsets.UTF_8);
    JsonNode hubs = admin().postBytes("/api/v1/hubs/imports", "text/csv", register).json();
    String hubId = hubs.path("hubs").get(0).path("id").asText();
    assertThat(trail("HUB", hubId))
        .singleElement()
        .satisfies(e -> assertThat(e.path("after").path("code").asText()).isEqualTo(code));
  }
}
