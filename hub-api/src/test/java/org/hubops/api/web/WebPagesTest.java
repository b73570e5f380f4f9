package org.hubops.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hubops.api.sessions.SessionChoices;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.model.Kyiv;
import org.hubops.model.Quarter;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Participant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The pages over plain HTTP, on both databases: logins, forms, refusals and headers. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class WebPagesTest {

  @Parameter TestDatabase database;

  private WebCast cast() {
    return WebCast.on(database);
  }

  @Test
  void eachRoleLandsOnItsOwnStartPage() {
    WebCast cast = cast();

    assertThat(cast.as(cast.coordinator()).get("/").location())
        .endsWith("/hubs/" + cast.hubA().id());
    assertThat(cast.as(cast.staff()).get("/").location()).endsWith("/dashboard");
    assertThat(cast.as(cast.admin()).get("/").location()).endsWith("/accounts");
  }

  @Test
  void theDashboardLeadsWithWhoHasReportedTheLastQuarter() {
    WebCast cast = cast();
    Api api = cast.service().api();
    Quarter ended = Quarter.containing(LocalDate.now(Kyiv.ZONE)).previous();
    Hub silent =
        Fixtures.created(
            api.post(
                "/api/v1/hubs",
                Fixtures.hub(Fixtures.newHubCode(), "UA-46", ended.firstDay().minusYears(1))),
            Hub.class);
    Hub reported =
        Fixtures.created(
            api.post(
                "/api/v1/hubs",
                Fixtures.hub(Fixtures.newHubCode(), "UA-46", ended.firstDay().minusYears(1))),
            Hub.class);
    assertThat(
            api.put(
                    "/api/v1/hubs/" + reported.id() + "/submissions/" + ended,
                    "{\"nil\": true, \"reason\": \"CLOSED\"}")
                .status())
        .isEqualTo(200);

    String page = cast.as(cast.staff()).get("/dashboard").body();

    assertThat(page).contains("Хто подав звіт за", "Хаби, що ще не подали звіт", silent.code());
    String missing = page.substring(page.indexOf("Хаби, що ще не подали звіт"));
    assertThat(missing.substring(0, missing.indexOf("</table>")))
        .contains(silent.code())
        .doesNotContain(reported.code());
  }

  @Test
  void aWrongPasswordShowsAMessageAndKeepsTheUsernameButNotThePassword() {
    WebClient browser = cast().anonymous();
    String token = browser.get("/login").field("csrf");

    WebClient.Answer answer =
        browser.post(
            "/login",
            Map.of(
                "csrf",
                token,
                "username",
                cast().coordinator().username(),
                "password",
                "guess-1234"));

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.body()).contains("Неправильне ім’я користувача або пароль");
    assertThat(answer.field("username")).isEqualTo(cast().coordinator().username());
    assertThat(answer.body()).doesNotContain("guess-1234");
  }

  @Test
  void aLoginFormWithoutItsOwnTokenIsRefused() {
    WebClient.Answer answer =
        cast()
            .anonymous()
            .post(
                "/login",
                Map.of(
                    "csrf",
                    "made-up",
                    "username",
                    cast().coordinator().username(),
                    "password",
                    Fixtures.PASSWORD));

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.header("Set-Cookie")).doesNotContain("hubops_session=hubops_");
  }

  @Test
  void aPageAskedForWithoutLoginLeadsToTheLoginAndBack() {
    WebClient browser = cast().anonymous();
    String page = "/hubs/" + cast().hubA().id() + "/sessions?page=1";

    WebClient.Answer answer = browser.get(page);

    assertThat(answer.status()).isEqualTo(303);
    assertThat(answer.location()).endsWith("/login?next=" + Paths.encode(page));
    String token = browser.get("/login?next=" + Paths.encode(page)).field("csrf");
    WebClient.Answer login =
        browser.post(
            "/login",
            Map.of(
                "csrf",
                token,
                "next",
                page,
                "username",
                cast().coordinator().username(),
                "password",
                Fixtures.PASSWORD));
    assertThat(login.location()).endsWith(page);
  }

  @Test
  void aLoginLinkToAnotherSiteOrToNoAddressAtAllLandsOnTheStartPageLoggedIn() {
    WebClient browser = cast().anonymous();
    for (String next :
        List.of("//evil.example/x", "https://evil.example", "/\\evil.example", "/hubs/x y")) {
      String token = browser.get("/login").field("csrf");
      WebClient.Answer login =
          browser.post(
              "/login",
              Map.of(
                  "csrf",
                  token,
                  "next",
                  next,
                  "username",
                  cast().staff().username(),
                  "password",
                  Fixtures.PASSWORD));
      assertThat(login.location()).as(next).isEqualTo("/dashboard");
      assertThat(login.header("Set-Cookie")).as(next).contains("hubops_session=hubops_");
    }
  }

  @Test
  void aLanguageSwitchWhoseBackIsNotAnAddressGoesHome() {
    WebClient.Answer switched = cast().anonymous().get("/lang/en?back=/%20a");

    assertThat(switched.status()).as(switched.toString()).isEqualTo(303);
    assertThat(switched.location()).isEqualTo("/");
    assertThat(switched.header("Set-Cookie")).contains("lang=en");
  }

  @Test
  void aWeakPasswordForANewAccountIsShownBesideItsFieldInUkrainian() {
    WebClient admin = cast().as(cast().admin());

    WebClient.Answer answer =
        admin.post(
            "/accounts",
            Map.of(
                "username",
                "weak-" + Fixtures.newHubCode().toLowerCase(Locale.ROOT),
                "role",
                "ASSOCIATION",
                "password",
                "123456789012"));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.body()).contains("id=\"password-error\">Надто легко вгадати");
  }

  @Test
  void aSessionPostedTwiceFromOneFormIsStoredOnce() {
    WebClient coordinator = cast().as(cast().coordinator());
    String hub = "/hubs/" + cast().hubA().id();
    WebClient.Answer form = coordinator.get(hub + "/sessions/new");
    List<Map.Entry<String, String>> fields = sessionFields(form.field("id"), "90");

    WebClient.Answer first = coordinator.post(hub + "/sessions", fields);
    WebClient.Answer second = coordinator.post(hub + "/sessions", fields);

    assertThat(first.status()).as(first.body()).isEqualTo(303);
    assertThat(second.status()).isEqualTo(303);
    JsonNode stored =
        cast()
            .service()
            .api()
            .get("/api/v1/hubs/" + cast().hubA().id() + "/sessions/" + form.field("id"))
            .json();
    assertThat(stored.path("attendees")).hasSize(7);
    assertThat(stored.path("version").asLong()).isEqualTo(1);
  }

  @Test
  void aBadDurationComesBackBesideItsFieldWithWhatWasTyped() {
    WebClient coordinator = cast().as(cast().coordinator());
    String hub = "/hubs/" + cast().hubA().id();
    String id = coordinator.get(hub + "/sessions/new").field("id");

    WebClient.Answer answer = coordinator.post(hub + "/sessions", sessionFields(id, "0"));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.body())
        .contains("id=\"durationMinutes-error\">Має бути від 1 до 600")
        .contains("aria-describedby=\"durationMinutes-hint durationMinutes-error\"")
        .contains("id=\"error-summary\"");
    assertThat(answer.field("n_FEMALE_AGE_60_69")).isEqualTo("4");
    assertThat(answer.field("title")).isEqualTo("Дія: е-послуги");
    assertThat(answer.field("id")).isEqualTo(id);
  }

  @Test
  void aCoordinatorFindsNoPageOfAnotherHub() {
    WebClient coordinator = cast().as(cast().coordinator());
    String other = "/hubs/" + cast().hubB().id();
    String session = sessionOf(cast().hubB().id().toString());

    for (String page :
        List.of(
            other,
            other + "/sessions",
            other + "/sessions/new",
            other + "/sessions/" + session,
            other + "/sessions/" + session + "/delete",
            other + "/participants",
            other + "/equipment",
            "/hubs/" + cast().hubB().code())) {
      WebClient.Answer answer = coordinator.get(page);
      assertThat(answer.status()).as(page).isEqualTo(404);
      assertThat(answer.header("Content-Type")).startsWith("text/html");
      assertThat(answer.body()).contains("Сторінку не знайдено");
    }
    WebClient.Answer post = coordinator.post(other + "/sessions", sessionFields(null, "60"));
    assertThat(post.status()).isEqualTo(404);
  }

  @Test
  void staffReadAHubButChangeNothingAndSeeNoNames() {
    WebCast cast = cast();
    Participant person =
        Fixtures.createParticipant(cast.service().api(), cast.hubA(), Fixtures.participant(code()));
    WebClient staff = cast.as(cast.staff());
    String hub = "/hubs/" + cast.hubA().id();

    WebClient.Answer list = staff.get(hub + "/participants");
    WebClient.Answer one = staff.get(hub + "/participants/" + person.id());
    WebClient.Answer post = staff.post(hub + "/sessions", sessionFields(null, "60"));

    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body())
        .contains(person.code())
        .doesNotContain(person.fullName(), person.phone());
    assertThat(one.body()).doesNotContain(person.fullName(), person.phone());
    assertThat(post.status()).isEqualTo(403);
    assertThat(post.body()).contains("Дію не виконано");
  }

  @Test
  void aFormWithoutTheSessionsCsrfTokenIsRefused() {
    WebClient coordinator = cast().as(cast().coordinator());
    List<Map.Entry<String, String>> fields = new ArrayList<>(sessionFields(null, "60"));
    fields.add(Map.entry("csrf", "forged"));

    WebClient.Answer answer = coordinator.post("/hubs/" + cast().hubA().id() + "/sessions", fields);

    assertThat(answer.status()).isEqualTo(403);
  }

  @Test
  void pagesCarrySecurityHeadersAndTheStylesheetIsCachedForAYear() {
    WebClient coordinator = cast().as(cast().coordinator());

    WebClient.Answer page = coordinator.get("/hubs/" + cast().hubA().id());
    String css = page.body().replaceAll("(?s).*href=\"(/static/hubops.css[^\"]*)\".*", "$1");
    WebClient.Answer stylesheet = coordinator.get(css);

    assertThat(page.header("Content-Security-Policy")).startsWith("default-src 'self'");
    assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
    assertThat(page.header("Cache-Control")).isEqualTo("no-store");
    assertThat(page.header("Content-Type")).isEqualToIgnoringCase("text/html;charset=UTF-8");
    assertThat(stylesheet.status()).isEqualTo(200);
    assertThat(stylesheet.header("Cache-Control")).contains("max-age=31536000");
    assertThat(stylesheet.body().length()).isLessThan(10_000);
  }

  @Test
  void theLanguageCookieSwitchesThePagesToEnglish() {
    WebClient coordinator = cast().as(cast().coordinator());

    WebClient.Answer switched = coordinator.get("/lang/en?back=%2Fhubs");
    WebClient.Answer page = coordinator.get("/hubs/" + cast().hubA().id() + "/sessions/new");

    assertThat(switched.location()).endsWith("/hubs");
    assertThat(page.body()).contains("<html lang=\"en\">", "Log a session", "Who came");
  }

  @Test
  void theApiDescriptionLeavesThePagesOut() {
    JsonNode paths = cast().service().anonymous().get("/api/openapi.json").json().path("paths");

    assertThat(paths.fieldNames()).toIterable().isNotEmpty().allMatch(p -> p.startsWith("/api/"));
  }

  @Test
  void theSessionFormWithAFullRegisterStaysUnder50Kilobytes() {
    assumeTrue(database == TestDatabase.H2, "the page is the same on both databases");
    WebCast cast = cast();
    Hub hub = Fixtures.createHub(cast.service().api());
    for (int i = 0; i < SessionChoices.OFFERED_PARTICIPANTS + 5; i++) {
      Fixtures.createParticipant(cast.service().api(), hub, Fixtures.participant("П-" + (100 + i)));
    }
    for (int i = 0; i < 12; i++) {
      Fixtures.createEquipment(cast.service().api(), hub, Fixtures.equipment("ІНВ-" + (100 + i)));
    }
    WebClient admin = cast.as(cast.admin());

    WebClient.Answer form = admin.get("/hubs/" + hub.id() + "/sessions/new");

    int bytes = form.body().getBytes(StandardCharsets.UTF_8).length;
    System.out.println("[web] session form with a full register: " + bytes + " bytes");
    assertThat(bytes).isLessThan(50 * 1024);
    assertThat(form.body()).contains("Показано перших 100 учасників");
  }

  private static List<Map.Entry<String, String>> sessionFields(String id, String minutes) {
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    if (id != null) {
      fields.add(Map.entry("id", id));
    }
    fields.add(Map.entry("date", LocalDate.now(Kyiv.ZONE).minusDays(1).toString()));
    fields.add(Map.entry("startTime", "10:30"));
    fields.add(Map.entry("durationMinutes", minutes));
    fields.add(Map.entry("kind", "GROUP_CLASS"));
    fields.add(Map.entry("format", "IN_PERSON"));
    fields.add(Map.entry("topics", "E.1"));
    fields.add(Map.entry("topics", "2.2"));
    fields.add(Map.entry("n_FEMALE_AGE_60_69", "4"));
    fields.add(Map.entry("n_MALE_AGE_70_PLUS", "3"));
    fields.add(Map.entry("idp", "2"));
    fields.add(Map.entry("title", "Дія: е-послуги"));
    return fields;
  }

  private String sessionOf(String hubId) {
    return cast()
        .service()
        .api()
        .post(
            "/api/v1/hubs/" + hubId + "/sessions",
            Fixtures.session(LocalDate.now(Kyiv.ZONE).minusDays(2), 2))
        .json()
        .path("id")
        .asText();
  }

  private static String code() {
    return "P-" + Fixtures.newHubCode();
  }
}
