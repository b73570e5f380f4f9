package org.hubops.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.model.Kyiv;
import org.hubops.model.rest.Equipment;
import org.hubops.model.rest.Participant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every page with odd input, as a curious or careless visitor sends it: ids that are no ids or
 * nobody's, query strings of every shape, and form posts of garbage. Whatever comes in, the answer
 * is never a server error, and a page's answer is a page.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class WebFuzzTest {

  private static final List<String> ODD_IDS =
      List.of(
          "not-a-uuid",
          UUID.randomUUID().toString(),
          "%7Bx%7D",
          "%00",
          "..%2F..%2Fetc",
          "LV-9999",
          "x".repeat(300),
          "%E2%80%AE",
          "0");

  private static final List<String> ODD_VALUES =
      List.of(
          "",
          " ",
          "-1",
          "0",
          "1e9",
          "99999999999999999999",
          "2026-13-45",
          "25:99",
          "NOPE",
          "<script>alert(1)</script>",
          "' or 1=1 --",
          "%",
          "_",
          "\u0000",
          "я".repeat(5000),
          Fixtures.UNKNOWN_ID);

  @Parameter TestDatabase database;

  @Test
  void noPageAnswersAServerErrorWhateverItIsAskedFor() {
    WebCast cast = WebCast.on(database);
    String hub = "/hubs/" + cast.hubA().id();
    List<String> paths = new ArrayList<>(fixedPaths(hub));
    for (String id : ODD_IDS) {
      for (String template :
          List.of(
              "/hubs/%s",
              hub + "/sessions/%s",
              hub + "/sessions/%s/delete",
              hub + "/participants/%s",
              hub + "/equipment/%s",
              "/accounts/%s",
              "/static/%s",
              "/lang/%s")) {
        paths.add(template.formatted(id));
      }
    }
    for (String value : List.of("-1", "abc", "99999999999", "%25", "%7B%7D", "%00", "1&page=2")) {
      for (String query :
          List.of(
              "/hubs?page=%s&oblast=%s&status=%s&q=%s",
              hub + "/sessions?page=%s&saved=%s&deleted=%s&x=%s",
              hub + "/participants?page=%s&q=%s&saved=%s&y=%s",
              hub + "/equipment?page=%s&status=%s&z=%s&w=%s",
              "/dashboard?quarter=%s&a=%s&b=%s&c=%s",
              "/accounts?page=%s&a=%s&b=%s&c=%s",
              "/login?next=%s&a=%s&b=%s&c=%s")) {
        paths.add(query.formatted(value, value, value, value));
      }
    }
    SoftAssertions softly = new SoftAssertions();
    for (WebClient visitor :
        List.of(
            cast.as(cast.coordinator()),
            cast.as(cast.staff()),
            cast.as(cast.admin()),
            cast.anonymous())) {
      for (String path : paths) {
        WebClient.Answer answer = visitor.get(path);
        softly.assertThat(answer.status()).as("GET %s", path).isLessThan(500);
        // Paths Jetty refuses before any page sees them (an encoded slash or NUL, an empty
        // segment) get the service's one refusal, a 400 problem; every other answer is a page.
        boolean refusedByServer =
            answer.status() == 400
                && answer.header("Content-Type").startsWith("application/problem+json");
        if (answer.status() != 303 && !refusedByServer) {
          softly.assertThat(answer.header("Content-Type")).as(path).startsWith("text/");
        }
      }
    }
    softly.assertAll();
  }

  @Test
  void noFormPostOfGarbageAnswersAServerError() {
    WebCast cast = WebCast.on(database);
    String hub = "/hubs/" + cast.hubA().id();
    Participant person =
        Fixtures.createParticipant(
            cast.service().api(), cast.hubA(), Fixtures.participant("F-" + Fixtures.newHubCode()));
    Equipment item =
        Fixtures.createEquipment(
            cast.service().api(), cast.hubA(), Fixtures.equipment("INV-" + Fixtures.newHubCode()));
    String session =
        cast.service()
            .api()
            .post(
                "/api/v1" + hub + "/sessions",
                Fixtures.session(LocalDate.now(Kyiv.ZONE).minusDays(1), 3))
            .json()
            .path("id")
            .asText();
    List<String> forms =
        List.of(
            hub + "/sessions",
            hub + "/sessions/" + session,
            hub + "/sessions/" + session + "/delete",
            hub + "/participants",
            hub + "/participants/" + person.id(),
            hub + "/equipment/" + item.id() + "/status",
            "/accounts",
            "/accounts/" + cast.staff().username() + "/active",
            "/accounts/" + cast.staff().username() + "/tokens",
            "/accounts/" + cast.staff().username() + "/tokens/" + UUID.randomUUID() + "/revoke",
            "/login",
            "/logout");
    List<String> fields =
        List.of(
            "id",
            "version",
            "date",
            "startTime",
            "durationMinutes",
            "kind",
            "format",
            "topics",
            "equipmentIds",
            "participants",
            "n_FEMALE_AGE_60_69",
            "n_MALE_UNKNOWN",
            "idp",
            "disability",
            "veteran",
            "title",
            "code",
            "fullName",
            "gender",
            "birthYear",
            "consentGiven",
            "status",
            "note",
            "username",
            "role",
            "hubs",
            "password",
            "active",
            "label",
            "next");
    SoftAssertions softly = new SoftAssertions();
    for (WebClient visitor : List.of(cast.as(cast.coordinator()), cast.as(cast.admin()))) {
      for (String form : forms) {
        for (String value : ODD_VALUES) {
          List<Map.Entry<String, String>> garbage = new ArrayList<>();
          fields.forEach(field -> garbage.add(Map.entry(field, value)));
          garbage.add(Map.entry("topics", value));
          WebClient.Answer answer;
          try {
            answer = visitor.post(form, garbage);
          } catch (UncheckedIOException e) {
            softly.fail("POST %s with %s: %s", form, shortly(value), e.getMessage());
            continue;
          }
          softly
              .assertThat(answer.status())
              .as("POST %s with %s", form, shortly(value))
              .isLessThan(500);
        }
        for (String[] odd :
            new String[][] {
              {"text/plain", "hello"},
              {"application/json", "{\"date\": 1}"},
              {"application/x-www-form-urlencoded", "%%%&&&==="},
              {"application/x-www-form-urlencoded", ""},
              {null, null}
            }) {
          WebClient.Answer answer = visitor.raw("POST", form, odd[0], odd[1]);
          softly.assertThat(answer.status()).as("POST %s as %s", form, odd[0]).isLessThan(500);
        }
      }
    }
    softly.assertAll();
    // The garbage changed nothing that matters: the seeded session is still there.
    assertThat(cast.service().api().get("/api/v1" + hub + "/sessions/" + session).status())
        .isEqualTo(200);
  }

  private static String shortly(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }

  private static List<String> fixedPaths(String hub) {
    return List.of(
        "/",
        "/login",
        "/logout",
        "/dashboard",
        "/hubs",
        "/accounts",
        "/accounts/new",
        hub,
        hub + "/sessions",
        hub + "/sessions/new",
        hub + "/participants",
        hub + "/participants/new",
        hub + "/equipment",
        "/nowhere",
        "/hubs/" + hub,
        "/static/",
        "/lang/",
        "/lang/en?back=//evil.example",
        "/lang/en?back=https://evil.example",
        "/login?next=%0d%0aSet-Cookie:x=y");
  }
}
