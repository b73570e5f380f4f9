package org.hubops.api.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubops.api.testing.ProblemAssertions.assertProblemNaming;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.Workbooks;
import org.hubops.api.web.WebCast;
import org.hubops.api.web.WebClient;
import org.hubops.model.Kyiv;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Session;
import org.hubops.model.rest.UnlinkedMarks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue #16, defect 4: the grid's IDP, disability and veteran counts belong to nobody in it. The
 * one veteran of a twelve-person session is stored as one unlinked veteran mark, not as a made-up
 * IDP woman aged 50–59, and the API, the form and the workbook all read it back so.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class GridMarksTest {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Parameter TestDatabase database;

  @Test
  void aTwelvePersonGridWithOneVeteranStoresOneUnlinkedVeteranAndInventsNobody() throws Exception {
    WebCast cast = WebCast.on(database);
    Api api = cast.service().api();
    Hub hub = Fixtures.createHub(api);
    WebClient admin = cast.as(cast.admin());
    String page = "/hubs/" + hub.id() + "/sessions";
    String id = admin.get(page + "/new").field("id");
    LocalDate day = LocalDate.now(Kyiv.ZONE).minusDays(1);
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    fields.add(Map.entry("id", id));
    fields.add(Map.entry("date", day.toString()));
    fields.add(Map.entry("startTime", "10:30"));
    fields.add(Map.entry("durationMinutes", "90"));
    fields.add(Map.entry("kind", "GROUP_CLASS"));
    fields.add(Map.entry("format", "IN_PERSON"));
    fields.add(Map.entry("topics", "E.1"));
    fields.add(Map.entry("n_FEMALE_AGE_50_59", "5"));
    fields.add(Map.entry("n_MALE_AGE_60_69", "4"));
    fields.add(Map.entry("n_UNDISCLOSED_UNKNOWN", "3"));
    fields.add(Map.entry("veteran", "1"));

    WebClient.Answer saved = admin.post(page, fields);

    assertThat(saved.status()).as(saved.body()).isEqualTo(303);
    JsonNode stored = api.get("/api/v1/hubs/" + hub.id() + "/sessions/" + id).json();
    assertThat(stored.path("attendees")).hasSize(12);
    for (JsonNode attendee : stored.path("attendees")) {
      assertThat(attendee.path("idp").asBoolean()).as(attendee.toString()).isFalse();
      assertThat(attendee.path("disability").asBoolean()).as(attendee.toString()).isFalse();
      assertThat(attendee.path("veteran").asBoolean()).as(attendee.toString()).isFalse();
    }
    assertThat(stored.path("unlinkedMarks").path("veteran").asInt()).isEqualTo(1);
    assertThat(stored.path("unlinkedMarks").path("idp").asInt()).isZero();
    assertThat(stored.path("unlinkedMarks").path("disability").asInt()).isZero();

    // The form opens again with the one veteran of the session, and saving it unchanged keeps it.
    WebClient.Answer edit = admin.get(page + "/" + id);
    assertThat(edit.field("veteran")).isEqualTo("1");
    assertThat(edit.field("idp")).isEmpty();
    assertThat(edit.field("n_FEMALE_AGE_50_59")).isEqualTo("5");

    String report = "/api/v1/hubs/" + hub.id() + "/report?from=" + day + "&to=" + day + "&lang=en";
    JsonNode figures = api.get(report).json().path("figures").path("attendances");
    assertThat(figures.path("veteran").asLong()).as(figures.toString()).isEqualTo(1);
    assertThat(figures.path("idp").asLong()).isZero();
    HttpResponse<byte[]> download = api.with("Accept", XLSX).download(report);
    assertThat(download.statusCode()).isEqualTo(200);
    try (XSSFWorkbook book = Workbooks.open(download.body())) {
      assertThat(Workbooks.total(book, "Sessions", "Attendances")).isEqualTo(12);
      assertThat(Workbooks.total(book, "Sessions", "Veterans")).isEqualTo(1);
      assertThat(Workbooks.total(book, "Sessions", "IDPs")).isZero();
      assertThat(Workbooks.total(book, "Sessions", "With disability")).isZero();
      assertThat(texts(book.getSheet("Definitions"))).contains("Marks not linked to persons");
    }
  }

  @Test
  void unlinkedMarksBeyondThePeopleOrBelowNoneAreRefusedNamingTheMark() {
    Api api = WebCast.on(database).service().api();
    Hub hub = Fixtures.createHub(api);
    Session twelve = Fixtures.session(LocalDate.now(Kyiv.ZONE).minusDays(1), 12);
    long veterans = twelve.attendees().stream().filter(a -> a.veteran()).count();

    ApiResponse tooMany =
        api.post(sessions(hub), twelve.withPeople(twelve.attendees(), new UnlinkedMarks(0, 0, 13)));
    ApiResponse beyondTheUnmarked =
        api.post(
            sessions(hub),
            twelve.withPeople(twelve.attendees(), new UnlinkedMarks(0, 0, (int) (13 - veterans))));
    ApiResponse negative =
        api.post(sessions(hub), twelve.withPeople(twelve.attendees(), new UnlinkedMarks(0, 0, -1)));
    ApiResponse fits =
        api.post(
            sessions(hub),
            twelve.withPeople(twelve.attendees(), new UnlinkedMarks(0, 0, (int) (12 - veterans))));

    assertProblemNaming(tooMany, "unlinkedMarks.veteran");
    assertThat(tooMany.status()).isEqualTo(422);
    assertProblemNaming(beyondTheUnmarked, "unlinkedMarks.veteran");
    assertProblemNaming(negative, "unlinkedMarks.veteran");
    assertThat(negative.status()).isEqualTo(422);
    assertThat(negative.errorFields()).doesNotContain("unlinkedMarks.idp");
    assertThat(fits.status()).as(fits.toString()).isEqualTo(201);
    assertThat(fits.as(Session.class).unlinkedMarks().veteran()).isEqualTo(12 - veterans);
  }

  private static String sessions(Hub hub) {
    return "/api/v1/hubs/" + hub.id() + "/sessions";
  }

  private static List<String> texts(Sheet sheet) {
    List<String> texts = new ArrayList<>();
    for (Row row : sheet) {
      for (Cell cell : row) {
        texts.add(cell.toString());
      }
    }
    return texts;
  }
}
