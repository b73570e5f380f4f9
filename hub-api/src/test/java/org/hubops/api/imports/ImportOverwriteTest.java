package org.hubops.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubops.api.imports.SessionImportApiTest.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Kyiv;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue #12, defect 4: a journal imported again must not undo an edit made since through the API,
 * and every update an import makes is listed with what it changes; on both databases.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class ImportOverwriteTest {

  @Parameter TestDatabase database;

  private static final String DAY = LocalDate.now(Kyiv.ZONE).minusDays(5).toString();
  private static final String ATTENDEES =
      "Ref,Gender,Age band\n1,FEMALE,AGE_60_69\n2,MALE,AGE_18_29\n2,FEMALE,AGE_30_39\n";

  private Api api;
  private Hub hub;

  @BeforeEach
  void hub() {
    api = TestService.on(database).api();
    hub = Fixtures.createHub(api);
  }

  /** Journal A: two sessions, the first titled {@code title}. */
  private static String journal(String title, int minutes) {
    return "Ref,Date,Start,Minutes,Kind,Format,Title,Topics\n"
        + ("1," + DAY + ",10:00," + minutes + ",GROUP_CLASS,IN_PERSON," + title + ",E.1\n")
        + ("2," + DAY + ",14:00,45,CONSULTATION,ONLINE,Смартфон,E.3\n");
  }

  private ApiResponse upload(String sessions, String attendees, boolean dryRun) {
    return new Multipart()
        .file("sessions", "sessions.csv", "text/csv", sessions.getBytes(StandardCharsets.UTF_8))
        .file("attendees", "attendees.csv", "text/csv", attendees.getBytes(StandardCharsets.UTF_8))
        .post(api, imports(hub) + (dryRun ? "?dryRun=true" : ""));
  }

  private List<Session> stored() {
    JsonNode items = api.get("/api/v1/hubs/" + hub.id() + "/sessions").json().path("items");
    List<Session> sessions = new ArrayList<>();
    items.forEach(item -> sessions.add(Api.JSON.convertValue(item, Session.class)));
    return sessions;
  }

  private Session titled(String title) {
    return stored().stream().filter(s -> title.equals(s.title())).findFirst().orElseThrow();
  }

  /** An edit as the API's client makes it: the session read, changed, sent back. */
  private Session edit(Session session, String title) {
    Session changed =
        new Session(
            session.id(),
            session.hubId(),
            session.date(),
            session.startTime(),
            session.durationMinutes(),
            session.kind(),
            session.format(),
            title,
            session.topics(),
            session.trainer(),
            session.notes(),
            session.equipmentIds(),
            session.attendees(),
            session.version(),
            null,
            null);
    ApiResponse put = api.put("/api/v1/hubs/" + hub.id() + "/sessions/" + session.id(), changed);
    assertThat(put.status()).as(put.toString()).isEqualTo(200);
    return put.as(Session.class);
  }

  @Test
  void anImportAgainDoesNotUndoAnEditMadeSinceAndStoresNothing() {
    assertThat(upload(journal("Дія", 60), ATTENDEES, false).status()).isEqualTo(200);
    Session imported = titled("Дія");
    Session edited = edit(edit(imported, "Дія: е-послуги"), "Дія: е-послуги для ВПО");
    assertThat(edited.version()).isEqualTo(3);

    // The same journal, its second session corrected: the whole file is refused.
    String again = journal("Дія", 60).replace("Смартфон", "Смартфон і планшет");
    ApiResponse response = upload(again, ATTENDEES, false);

    assertThat(response.status()).as(response.toString()).isEqualTo(422);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonNode error = response.json().path("errors").get(0);
    assertThat(error.path("sheet").asText()).isEqualTo("sessions.csv");
    assertThat(error.path("row").asInt()).isEqualTo(2);
    assertThat(error.path("header").asText()).isEqualTo("Title");
    assertThat(error.path("message").asText()).contains("3").contains("1");
    assertThat(response.errorFields()).containsExactly("sessions.csv!G2");
    Session after = titled("Дія: е-послуги для ВПО");
    assertThat(after.version()).isEqualTo(3);
    assertThat(titled("Смартфон").version()).isEqualTo(1);
  }

  @Test
  void aFileThatAgreesWithTheEditAdoptsItSoALaterCorrectionUpdates() {
    upload(journal("Дія", 60), ATTENDEES, false);
    edit(titled("Дія"), "Дія: е-послуги");

    ApiResponse agrees = upload(journal("Дія: е-послуги", 60), ATTENDEES, false);
    assertThat(agrees.status()).as(agrees.toString()).isEqualTo(200);
    assertThat(agrees.json().path("unchanged").asInt()).isEqualTo(2);

    ApiResponse corrected = upload(journal("Дія: е-послуги", 90), ATTENDEES, false);
    assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
    assertThat(corrected.json().path("updated").asInt()).isEqualTo(1);
    assertThat(titled("Дія: е-послуги").durationMinutes()).isEqualTo(90);
  }

  @Test
  void everyUpdateIsListedWithWhatItChangesInTheDryRunAndTheResult() {
    upload(journal("Дія", 60), ATTENDEES, false);
    String corrected = journal("Дія: е-послуги", 90);
    String attendees = ATTENDEES.replace("1,FEMALE,AGE_60_69", "1,FEMALE,AGE_70_PLUS");

    ApiResponse dry = upload(corrected, attendees, true);
    ApiResponse done = upload(corrected, attendees, false);

    for (ApiResponse response : List.of(dry, done)) {
      assertThat(response.status()).as(response.toString()).isEqualTo(200);
      JsonNode first = response.json().path("sessions").get(0);
      assertThat(first.path("status").asText()).isEqualTo("UPDATED");
      assertThat(first.path("row").asInt()).isEqualTo(2);
      List<String> lines = new ArrayList<>();
      first
          .path("changes")
          .forEach(
              c ->
                  lines.add(
                      c.path("field").asText()
                          + ": "
                          + c.path("from").asText()
                          + " → "
                          + c.path("to").asText()));
      assertThat(lines)
          .containsExactly(
              "durationMinutes: 60 → 90",
              "title: Дія → Дія: е-послуги",
              "attendees[0].ageBand: AGE_60_69 → AGE_70_PLUS");
      assertThat(response.json().path("sessions").get(1).has("changes")).isFalse();
    }
    assertThat(titled("Дія: е-послуги").version()).isEqualTo(2);
    // The import's own update is no edit: the next correction goes through.
    ApiResponse next = upload(journal("Дія: е-послуги", 120), attendees, false);
    assertThat(next.json().path("updated").asInt()).as(next.toString()).isEqualTo(1);
  }
}
