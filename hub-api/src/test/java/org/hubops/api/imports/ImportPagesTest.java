package org.hubops.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.web.Visitor;
import org.hubops.api.web.WebCast;
import org.hubops.api.web.WebClient;
import org.hubops.model.rest.Hub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The import pages over HTTP, as a browser's upload form posts them (multipart, the CSRF token
 * first), on both databases: the way there, the template, what an upload stores or refuses, and who
 * may use which page.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class ImportPagesTest {

  @Parameter TestDatabase database;

  private WebCast cast() {
    return WebCast.on(database);
  }

  /** A fresh hub, so that counts are this test's own, with a coordinator of its own. */
  private record Place(Hub hub, WebClient coordinator) {}

  private Place place() {
    Hub hub = Fixtures.createHub(cast().service().api());
    var account = cast().service().addAccount(org.hubops.model.Role.COORDINATOR, hub);
    return new Place(hub, new WebClient(cast().service()).login(account.username()));
  }

  /** The table cells without their attributes ({@code data-label} for phones, alignment). */
  private static String cells(String html) {
    return html.replaceAll("<td[^>]*>", "<td>");
  }

  private long sessionsOf(Hub hub) {
    return cast()
        .service()
        .api()
        .get("/api/v1/hubs/" + hub.id() + "/sessions")
        .json()
        .path("total")
        .asLong();
  }

  @Test
  void theHubPageLeadsToTheImportPageWithTheTemplateInThePageLanguage() {
    Place place = place();
    String importPage = "/hubs/" + place.hub().id() + "/imports";

    assertThat(place.coordinator().get("/hubs/" + place.hub().id()).body())
        .contains("href=\"" + importPage + "\"", "Імпорт з Excel");
    WebClient.Answer page = place.coordinator().get(importPage);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains(
            "Імпорт занять з Excel",
            "/api/v1/hubs/" + place.hub().id() + "/template?lang=uk",
            "enctype=\"multipart/form-data\"",
            "accept=\".xlsx,.csv",
            "name=\"dryRun\"");
    // The token comes before the file, so the server reads it without reading the file.
    assertThat(page.body().indexOf("name=\"csrf\" value=\"" + place.coordinator().csrf()))
        .isPositive()
        .isLessThan(page.body().indexOf("type=\"file\""));

    place.coordinator().cookie(Visitor.LANGUAGE_COOKIE, "en");
    assertThat(place.coordinator().get(importPage).body())
        .contains("Import sessions from Excel", "template?lang=en", "Check only, store nothing");
  }

  @Test
  void aValidWorkbookIsImportedAndItsSessionsAreOnTheHubPage() {
    Place place = place();
    byte[] file = Sheets.twoValidSessions(cast().service().api(), place.hub());

    WebClient.Answer answer =
        place
            .coordinator()
            .upload("/hubs/" + place.hub().id() + "/imports", Map.of(), "журнал.xlsx", file);

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.body()).contains("Імпорт завершено", "Створено: 2, змінено: 0, без змін: 0");
    assertThat(sessionsOf(place.hub())).isEqualTo(2);
    assertThat(place.coordinator().get("/hubs/" + place.hub().id()).body())
        .contains("Дія", "Банкінг");

    WebClient.Answer again =
        place
            .coordinator()
            .upload("/hubs/" + place.hub().id() + "/imports", Map.of(), "журнал.xlsx", file);
    assertThat(again.body()).contains("Створено: 0, змінено: 0, без змін: 2");
    assertThat(sessionsOf(place.hub())).isEqualTo(2);
  }

  @Test
  void aBadFileShowsEveryProblemByCellInThePageLanguageAndStoresNothing() {
    Place place = place();
    byte[] file =
        Sheets.twoSessions(cast().service().api(), place.hub(), "півтори години", "Стать?");

    WebClient.Answer answer =
        place
            .coordinator()
            .upload("/hubs/" + place.hub().id() + "/imports", Map.of(), "журнал.xlsx", file);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.body()).contains("Файл не імпортовано");
    assertThat(cells(answer.body()))
        .contains("<td>Заняття</td><td>2</td><td>D</td><td>Хвилин</td><td>Має бути ціле число</td>")
        .contains("<td>Відвідувачі</td><td>4</td><td>B</td><td>Стать</td>");
    assertThat(sessionsOf(place.hub())).isZero();

    place.coordinator().cookie(Visitor.LANGUAGE_COOKIE, "en");
    WebClient.Answer english =
        place
            .coordinator()
            .upload("/hubs/" + place.hub().id() + "/imports", Map.of(), "log.xlsx", file);
    assertThat(english.body()).contains("The file was not imported", "What is wrong");
    assertThat(cells(english.body()))
        .contains("<td>D</td><td>Хвилин</td><td>Must be a whole number");
  }

  @Test
  void checkOnlyShowsWhatWouldBeCreatedAndStoresNothing() {
    Place place = place();
    byte[] file = Sheets.twoValidSessions(cast().service().api(), place.hub());

    WebClient.Answer answer =
        place
            .coordinator()
            .upload(
                "/hubs/" + place.hub().id() + "/imports",
                Map.of("dryRun", "true"),
                "журнал.xlsx",
                file);

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.body()).contains("Перевірено: нічого не збережено", "Буде створено: 2");
    assertThat(answer.body())
        .contains("name=\"dryRun\" value=\"true\" aria-describedby=\"dryRun-hint\" checked");
    assertThat(sessionsOf(place.hub())).isZero();
  }

  @Test
  void anUploadWithoutTheFormsCsrfTokenIsRefusedAndStoresNothing() {
    Place place = place();
    byte[] file = Sheets.twoValidSessions(cast().service().api(), place.hub());

    WebClient.Answer answer =
        place
            .coordinator()
            .upload(
                "/hubs/" + place.hub().id() + "/imports", Map.of("csrf", "forged"), "a.xlsx", file);

    assertThat(answer.status()).isEqualTo(403);
    assertThat(sessionsOf(place.hub())).isZero();
  }

  @Test
  void aCorrectedWorkbookShowsWhatEachUpdateChanges() {
    Place place = place();
    Api api = cast().service().api();
    String imports = "/hubs/" + place.hub().id() + "/imports";
    place
        .coordinator()
        .upload(
            imports, Map.of(), "журнал.xlsx", Sheets.twoSessions(api, place.hub(), 90, "Жінка"));

    WebClient.Answer answer =
        place
            .coordinator()
            .upload(
                imports,
                Map.of(),
                "журнал.xlsx",
                Sheets.twoSessions(api, place.hub(), 120, "Чоловік"));

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.body())
        .contains("Створено: 0, змінено: 2, без змін: 0")
        .contains("<li>durationMinutes: 90 → 120</li>")
        .contains("<li>attendees[0].gender: FEMALE → MALE</li>");
  }

  @Test
  void anEquipmentListIsImportedFromTheEquipmentPage() {
    Place place = place();
    String equipment = "/hubs/" + place.hub().id() + "/equipment";
    assertThat(place.coordinator().get(equipment).body()).contains(equipment + "/imports");
    byte[] csv =
        "Інвентарний номер;Категорія;Модель\nІНВ-7001;Ноутбук;Lenovo V15\nІНВ-7002;LAPTOP;HP 250\n"
            .getBytes(StandardCharsets.UTF_8);

    WebClient.Answer answer =
        place.coordinator().upload(equipment + "/imports", Map.of(), "обладнання.csv", csv);

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.body()).contains("Створено: 2", "ІНВ-7001");
    assertThat(place.coordinator().get(equipment).body()).contains("ІНВ-7001", "ІНВ-7002");
  }

  @Test
  void staffImportTheHubRegisterAndCoordinatorsDoNot() {
    WebClient staff = cast().as(cast().staff());
    assertThat(staff.get("/hubs").body()).contains("href=\"/hubs/imports\"");
    assertThat(staff.get("/hubs/imports").body())
        .contains("Імпорт реєстру хабів з Excel", "<li>Код *</li>", "<li>Назва *</li>")
        .contains("href=\"/api/v1/hubs/template?lang=uk\" download");
    assertThat(staff.get("/hubs/" + cast().hubA().id() + "/imports").status()).isEqualTo(403);

    WebClient coordinator = cast().as(cast().coordinator());
    assertThat(coordinator.get("/hubs").body()).doesNotContain("/hubs/imports");
    assertThat(coordinator.get("/hubs/imports").status()).isEqualTo(403);
    assertThat(coordinator.get("/hubs/" + cast().hubB().id() + "/imports").status()).isEqualTo(404);
  }

  @Test
  void importedSessionsAreInTheAuditTrailUnderTheImportersName() {
    Place place = place();
    byte[] file = Sheets.twoValidSessions(cast().service().api(), place.hub());
    place.coordinator().upload("/hubs/" + place.hub().id() + "/imports", Map.of(), "a.xlsx", file);

    JsonNode sessions =
        cast().service().api().get("/api/v1/hubs/" + place.hub().id() + "/sessions").json();
    for (JsonNode session : sessions.path("items")) {
      JsonNode trail =
          cast()
              .service()
              .api()
              .get("/api/v1/audit?entity=SESSION&id=" + session.path("id").asText())
              .json();
      assertThat(trail.path("total").asLong()).isEqualTo(1);
      assertThat(trail.path("items").get(0).path("action").asText()).isEqualTo("CREATE");
      assertThat(trail.path("items").get(0).path("actor").asText()).startsWith("coordinator");
    }
  }
}
