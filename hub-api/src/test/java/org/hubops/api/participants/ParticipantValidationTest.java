package org.hubops.api.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubops.api.testing.ProblemAssertions.assertProblemNaming;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Year;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Kyiv;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Participant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule a participant must follow answers a 4xx problem+json naming the field at fault, on
 * create and on update, and a refused request leaves nothing behind.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class ParticipantValidationTest {

  @Parameter TestDatabase database;

  private static final int THIS_YEAR = Year.now(Kyiv.ZONE).getValue();

  static Stream<Arguments> brokenRules() {
    return Stream.of(
        broken("no code", b -> b.remove("code"), "code"),
        broken("blank code", b -> b.put("code", "   "), "code"),
        broken("code of 41 characters", b -> b.put("code", "К".repeat(41)), "code"),
        broken("full name too long", b -> b.put("fullName", "Ш".repeat(201)), "fullName"),
        broken("phone with letters", b -> b.put("phone", "+380 67 ABC 45 67"), "phone"),
        broken("phone of 6 characters", b -> b.put("phone", "123456"), "phone"),
        broken("phone of 21 characters", b -> b.put("phone", "+380 67 123 45 67 890"), "phone"),
        broken("phone without digits", b -> b.put("phone", "(--- --- ---)"), "phone"),
        broken("no gender", b -> b.remove("gender"), "gender"),
        broken("unknown gender", b -> b.put("gender", "OTHER"), "gender"),
        broken("born in 1899", b -> b.put("birthYear", 1899), "birthYear"),
        broken("born next year", b -> b.put("birthYear", THIS_YEAR + 1), "birthYear"),
        broken("birth year as text", b -> b.put("birthYear", "1958р."), "birthYear"),
        broken("name without consent", b -> b.put("consentGiven", false), "consentGiven"),
        broken(
            "phone without consent",
            b -> b.putNull("fullName").put("consentGiven", false),
            "consentGiven"),
        broken("consent as text", b -> b.put("consentGiven", "так"), "consentGiven"),
        broken("body names another hub", b -> b.put("hubId", Fixtures.UNKNOWN_ID), "hubId"),
        broken("misspelt field", b -> b.set("fulName", b.get("fullName")), "fulName"));
  }

  private static Arguments broken(String rule, Consumer<ObjectNode> change, String field) {
    return Arguments.of(rule, change, field);
  }

  private Api api() {
    return TestService.on(database).api().with("Accept-Language", "en");
  }

  private static String participants(Hub hub) {
    return "/api/v1/hubs/" + hub.id() + "/participants";
  }

  private static ObjectNode valid() {
    return Api.JSON.valueToTree(Fixtures.participant("P-1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRules")
  void brokenRuleOnCreateNamesTheFieldAndStoresNothing(
      String rule, Consumer<ObjectNode> change, String field) {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    ObjectNode body = valid();
    change.accept(body);

    ApiResponse response = api.post(participants(hub), body);

    assertProblemNaming(response, field);
    assertThat(api.get(participants(hub)).json().path("total").asLong()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRules")
  void brokenRuleOnUpdateNamesTheFieldAndChangesNothing(
      String rule, Consumer<ObjectNode> change, String field) {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    Participant stored = Fixtures.createParticipant(api, hub, Fixtures.participant("P-1"));
    ObjectNode body = Api.JSON.valueToTree(stored);
    change.accept(body);

    ApiResponse response = api.put(participants(hub) + "/" + stored.id(), body);

    assertProblemNaming(response, field);
    assertThat(api.get(participants(hub) + "/" + stored.id()).as(Participant.class))
        .isEqualTo(stored);
  }

  @Test
  void updateWithoutVersionNamesIt() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    Participant stored = Fixtures.createParticipant(api, hub, Fixtures.participant("P-1"));
    ObjectNode body = Api.JSON.valueToTree(stored);
    body.remove("version");

    ApiResponse response = api.put(participants(hub) + "/" + stored.id(), body);

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.errorFields()).containsExactly("version");
  }

  @Test
  void boundaryValuesAndAnAnonymousParticipantAreAccepted() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    ObjectNode longest = valid();
    longest
        .put("code", "К".repeat(40))
        .put("fullName", "Ш".repeat(200))
        .put("phone", "+380 (67) 123-45-678")
        .put("birthYear", THIS_YEAR);
    ObjectNode shortest = valid();
    shortest.put("code", "P-2").put("phone", "2-14-56").put("birthYear", 1900);
    ObjectNode anonymous = valid();
    anonymous.put("code", "P-3").putNull("fullName").putNull("phone").put("consentGiven", false);
    anonymous.remove("birthYear");

    assertThat(api.post(participants(hub), longest).status()).isEqualTo(201);
    assertThat(api.post(participants(hub), shortest).status()).isEqualTo(201);
    assertThat(api.post(participants(hub), anonymous).status()).isEqualTo(201);
  }

  @Test
  void consentMessageIsInTheCallersLanguage() {
    Hub hub = Fixtures.createHub(api());
    ObjectNode body = valid();
    body.put("consentGiven", false);

    ApiResponse ukrainian = TestService.on(database).api().post(participants(hub), body);

    assertThat(ukrainian.json().path("errors").get(0).path("message").asText())
        .isEqualTo("Щоб зберегти ім’я чи телефон, потрібна згода учасника");
  }

  @Test
  void badPagingNamesTheParameter() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);

    assertThat(api.get(participants(hub) + "?size=501").errorFields()).containsExactly("size");
    assertThat(api.get(participants(hub) + "?page=x").errorFields()).containsExactly("page");
  }
}
