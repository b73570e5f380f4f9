package org.hubops.api.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Kyiv;
import org.hubops.model.rest.Hub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule a session must follow answers a 4xx problem+json naming the field at fault, and a
 * refused request leaves nothing behind.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class SessionValidationTest {

  @Parameter TestDatabase database;

  private static final LocalDate TODAY = LocalDate.now(Kyiv.ZONE);

  static Stream<Arguments> brokenRules() {
    return Stream.of(
        broken("no date", b -> b.remove("date"), "date"),
        broken("date before the hub opened", b -> b.put("date", "2023-01-14"), "date"),
        broken("date 8 days ahead", b -> b.put("date", TODAY.plusDays(8).toString()), "date"),
        broken("date typed the Ukrainian way", b -> b.put("date", "12.03.2026"), "date"),
        broken("impossible date", b -> b.put("date", "2026-02-30"), "date"),
        broken("no start time", b -> b.remove("startTime"), "startTime"),
        broken("impossible start time", b -> b.put("startTime", "25:00"), "startTime"),
        broken("no duration", b -> b.remove("durationMinutes"), "durationMinutes"),
        broken("zero minutes", b -> b.put("durationMinutes", 0), "durationMinutes"),
        broken("601 minutes", b -> b.put("durationMinutes", 601), "durationMinutes"),
        broken("duration as words", b -> b.put("durationMinutes", "ninety"), "durationMinutes"),
        broken("no kind", b -> b.remove("kind"), "kind"),
        broken("unknown kind", b -> b.put("kind", "LECTURE"), "kind"),
        broken("no format", b -> b.putNull("format"), "format"),
        broken("unknown format", b -> b.put("format", "RADIO"), "format"),
        broken("no topics", b -> b.putArray("topics"), "topics"),
        broken("unknown topic", b -> b.putArray("topics").add("E.1").add("9.9"), "topics[1]"),
        broken("topic twice", b -> b.putArray("topics").add("E.1").add("E.1"), "topics[1]"),
        broken("blank topic", b -> b.putArray("topics").add(" "), "topics[0]"),
        broken("title too long", b -> b.put("title", "Д".repeat(201)), "title"),
        broken("trainer too long", b -> b.put("trainer", "Д".repeat(201)), "trainer"),
        broken("notes too long", b -> b.put("notes", "Д".repeat(2001)), "notes"),
        broken("attendee without sex", b -> attendee(b, 3).remove("gender"), "attendees[3].gender"),
        broken(
            "attendee without age band",
            b -> attendee(b, 3).remove("ageBand"),
            "attendees[3].ageBand"),
        broken(
            "unknown age band", b -> attendee(b, 3).put("ageBand", "OLD"), "attendees[3].ageBand"),
        broken(
            "attendee is null", b -> ((ArrayNode) b.get("attendees")).setNull(2), "attendees[2]"),
        broken("501 attendees", b -> addAttendees(b, 501 - 4), "attendees"),
        broken(
            "participant of no hub",
            b -> attendee(b, 1).put("participantId", "6f1c0f0e-2f5d-4c1b-9a57-3f1f0c2d9e11"),
            "attendees[1].participantId"),
        broken(
            "equipment of no hub",
            b -> b.putArray("equipmentIds").add("6f1c0f0e-2f5d-4c1b-9a57-3f1f0c2d9e11"),
            "equipmentIds[0]"),
        broken(
            "equipment id that is not an id",
            b -> b.putArray("equipmentIds").add("laptop-1"),
            "equipmentIds[0]"),
        broken("misspelt field", b -> b.set("atendees", b.get("attendees")), "atendees"),
        broken("topics as text", b -> b.put("topics", "E.1"), "topics"));
  }

  private static Arguments broken(String rule, Consumer<ObjectNode> change, String field) {
    return Arguments.of(rule, change, field);
  }

  private static ObjectNode attendee(ObjectNode body, int index) {
    return (ObjectNode) body.get("attendees").get(index);
  }

  private static void addAttendees(ObjectNode body, int count) {
    ArrayNode attendees = (ArrayNode) body.get("attendees");
    for (int i = 0; i < count; i++) {
      attendees.add(attendees.get(0).deepCopy());
    }
  }

  private Api api() {
    return TestService.on(database).api().with("Accept-Language", "en");
  }

  private static ObjectNode validSession() {
    return Api.JSON.valueToTree(Fixtures.session(TODAY.minusDays(1), 4));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRules")
  void brokenRuleIsA4xxProblemNamingTheFieldAndStoresNothing(
      String rule, Consumer<ObjectNode> change, String field) {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    ObjectNode body = validSession();
    change.accept(body);

    ApiResponse response = api.post("/api/v1/hubs/" + hub.id() + "/sessions", body);

    assertThat(response.status()).as(response.toString()).isBetween(400, 499);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.errorFields()).as(response.toString()).contains(field);
    assertThat(api.get("/api/v1/hubs/" + hub.id() + "/sessions").json().path("total").asLong())
        .isZero();
  }

  @Test
  void fractionalMinutesAreRefusedNotRounded() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    String sessions = "/api/v1/hubs/" + hub.id() + "/sessions";

    ApiResponse minutes = api.post(sessions, validSession().put("durationMinutes", 60.5));

    assertThat(minutes.status()).as(minutes.toString()).isEqualTo(422);
    assertThat(minutes.errorFields()).containsExactly("durationMinutes");
    assertThat(api.get(sessions).json().path("total").asLong()).isZero();
  }

  @Test
  void aLoneSurrogateInAnyTextIsRefusedNotStoredAsAQuestionMark() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    String sessions = "/api/v1/hubs/" + hub.id() + "/sessions";
    // Sent as text, so the escapes reach the service as they are: a JSON writer would refuse them.
    String high =
        validSession().put("title", "MARK").toString().replace("\"MARK\"", "\"Дія \\uD800\"");
    String reversedPair =
        validSession().put("trainer", "MARK").toString().replace("\"MARK\"", "\"\\uDFFF\\uD800\"");

    ApiResponse title = api.post(sessions, high);
    ApiResponse trainer = api.post(sessions, reversedPair);

    assertThat(title.status()).as(title.toString()).isEqualTo(422);
    assertThat(title.errorFields()).containsExactly("title");
    assertThat(trainer.status()).as(trainer.toString()).isEqualTo(422);
    assertThat(trainer.errorFields()).containsExactly("trainer");
    assertThat(api.get(sessions).json().path("total").asLong()).isZero();
  }

  @Test
  void boundaryValuesAreAccepted() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    ObjectNode longest = validSession();
    longest.put("durationMinutes", 600).put("date", TODAY.plusDays(7).toString());
    addAttendees(longest, 500 - 4);
    ObjectNode shortest = validSession();
    shortest.put("durationMinutes", 1).put("date", hub.openedOn().toString());

    assertThat(api.post("/api/v1/hubs/" + hub.id() + "/sessions", longest).status()).isEqualTo(201);
    assertThat(api.post("/api/v1/hubs/" + hub.id() + "/sessions", shortest).status())
        .isEqualTo(201);
  }

  @Test
  void everyBrokenRuleIsReportedAtOnceInTheCallersLanguage() {
    Hub hub = Fixtures.createHub(api());
    ObjectNode body = validSession();
    body.put("durationMinutes", 0).putArray("topics");
    attendee(body, 2).remove("gender");

    ApiResponse english = api().post("/api/v1/hubs/" + hub.id() + "/sessions", body);
    ApiResponse ukrainian =
        TestService.on(database).api().post("/api/v1/hubs/" + hub.id() + "/sessions", body);

    assertThat(english.status()).isEqualTo(422);
    assertThat(english.errorFields())
        .containsExactlyInAnyOrder("durationMinutes", "topics", "attendees[2].gender");
    assertThat(english.json().path("errors").get(0).path("message").asText())
        .isEqualTo("Must be from 1 to 600");
    assertThat(ukrainian.json().path("errors").get(0).path("message").asText())
        .isEqualTo("Має бути від 1 до 600");
  }

  @Test
  void malformedOrMissingBodyIsBadRequest() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    String path = "/api/v1/hubs/" + hub.id() + "/sessions";

    ApiResponse truncated = api.post(path, "{\"date\": \"2026-01-01\", ");
    ApiResponse notJson = api.post(path, "date=2026-01-01");
    ApiResponse empty = api.send("POST", path, "");

    assertThat(truncated.status()).isEqualTo(400);
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(empty.status()).isEqualTo(400);
    assertThat(truncated.contentType()).startsWith("application/problem+json");
  }

  @Test
  void badPagingAndDatesInTheQueryNameTheParameter() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    String path = "/api/v1/hubs/" + hub.id() + "/sessions";

    assertThat(api.get(path + "?size=501").errorFields()).containsExactly("size");
    assertThat(api.get(path + "?size=0").errorFields()).containsExactly("size");
    assertThat(api.get(path + "?page=-1").errorFields()).containsExactly("page");
    assertThat(api.get(path + "?page=two").errorFields()).containsExactly("page");
    assertThat(api.get(path + "?from=01.02.2026").errorFields()).containsExactly("from");
    assertThat(api.get(path + "?size=500").status()).isEqualTo(200);
  }
}
