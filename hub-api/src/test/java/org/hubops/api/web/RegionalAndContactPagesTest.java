package org.hubops.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.model.Kyiv;
import org.hubops.model.Quarter;
import org.hubops.model.rest.Account;
import org.hubops.model.rest.Hub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The pages of a regional officer (their dashboard and hubs, no accounts, no other oblast's hub)
 * and an account's e-mail and oblasts on the admins' account pages.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class RegionalAndContactPagesTest {

  @Parameter TestDatabase database;

  @Test
  void aRegionalOfficerLandsOnTheDashboardOfTheirOblastAndSeesOnlyItsHubs() {
    WebCast cast = WebCast.on(database);
    Api api = cast.service().api();
    Quarter ended = Quarter.containing(LocalDate.now(Kyiv.ZONE)).previous();
    LocalDate opened = ended.firstDay().minusYears(1);
    Hub volyn =
        Fixtures.created(
            api.post("/api/v1/hubs", Fixtures.hub(Fixtures.newHubCode(), "UA-07", opened)),
            Hub.class);
    Hub lviv =
        Fixtures.created(
            api.post("/api/v1/hubs", Fixtures.hub(Fixtures.newHubCode(), "UA-46", opened)),
            Hub.class);
    Account regional = Fixtures.regional("UA-07");
    assertThat(api.post("/api/v1/accounts", regional).status()).isEqualTo(201);
    WebClient officer = new WebClient(cast.service()).login(regional.username());

    assertThat(officer.get("/").location()).endsWith("/dashboard");
    WebClient.Answer dashboard = officer.get("/dashboard");
    assertThat(dashboard.status()).isEqualTo(200);
    assertThat(dashboard.body())
        .contains("href=\"/dashboard\"", "href=\"/hubs\"")
        .doesNotContain("href=\"/accounts\"")
        .contains("href=\"/submissions\"")
        .doesNotContain("href=\"/quarters/")
        .contains(volyn.code())
        .doesNotContain(lviv.code())
        .contains("oblast=UA-07");

    String hubs = officer.get("/hubs?q=" + volyn.code().substring(0, 3)).body();
    assertThat(hubs).doesNotContain(lviv.code());
    assertThat(officer.get("/hubs?q=" + volyn.code()).body()).contains(volyn.code());
    assertThat(officer.get("/hubs/" + volyn.id()).status()).isEqualTo(200);
    assertThat(officer.get("/hubs/" + lviv.id()).status()).isEqualTo(404);
    assertThat(officer.get("/accounts").status()).isEqualTo(403);

    // The review queue holds their oblast's submissions only, whichever oblast a link names.
    for (Hub hub : new Hub[] {volyn, lviv}) {
      assertThat(
              api.put(
                      "/api/v1/hubs/" + hub.id() + "/submissions/" + ended,
                      "{\"nil\": true, \"reason\": \"CLOSED\"}")
                  .status())
          .isEqualTo(200);
    }
    String queue = "/submissions?quarter=" + ended;
    assertThat(officer.get(queue).body()).contains(volyn.code()).doesNotContain(lviv.code());
    assertThat(officer.get(queue + "&oblast=UA-46").body())
        .contains(volyn.code())
        .doesNotContain(lviv.code());
    assertThat(officer.get("/quarters/" + ended).status()).isEqualTo(403);
  }

  @Test
  void anAdminGivesAnAccountItsEmailAndOblastsAndChangesThem() {
    WebCast cast = WebCast.on(database);
    WebClient admin = cast.as(cast.admin());
    String username = "regional-" + Fixtures.newHubCode().toLowerCase(Locale.ROOT);

    WebClient.Answer created =
        admin.post(
            "/accounts",
            Map.of(
                "username", username,
                "displayName", "Оксана Бондар",
                "role", "REGIONAL",
                "oblasts", "ua-07, UA-21",
                "email", "oksana@example.org",
                "password", Fixtures.PASSWORD));
    assertThat(created.status()).as(created.toString()).isEqualTo(303);
    String page = admin.get("/accounts/" + username).body();
    assertThat(page).contains("oksana@example.org").contains("UA-07, UA-21");

    Account stored = cast.service().api().get("/api/v1/accounts/" + username).as(Account.class);
    WebClient.Answer changed =
        admin.post(
            "/accounts/" + username + "/contact",
            Map.of(
                "version", stored.version().toString(),
                "oblasts", "UA-46",
                "email", "o.bondar@example.org"));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(303);
    Account after = cast.service().api().get("/api/v1/accounts/" + username).as(Account.class);
    assertThat(after.email()).isEqualTo("o.bondar@example.org");
    assertThat(after.oblasts()).containsExactly("UA-46");
    assertThat(admin.get("/accounts").body()).contains(username).contains("UA-46");

    WebClient.Answer mistyped =
        admin.post(
            "/accounts/" + username + "/contact",
            Map.of("version", after.version().toString(), "email", "o.bondar@"));
    assertThat(mistyped.status()).isEqualTo(422);
    assertThat(mistyped.body()).contains("Невірна адреса електронної пошти");
  }

  @Test
  void aNewAccountWithABadEmailShowsTheMessageBesideItsField() {
    WebCast cast = WebCast.on(database);
    WebClient.Answer answer =
        cast.as(cast.admin())
            .post(
                "/accounts",
                Map.of(
                    "username",
                    "mail-" + Fixtures.newHubCode().toLowerCase(Locale.ROOT),
                    "role",
                    "ASSOCIATION",
                    "email",
                    "not-an-address",
                    "password",
                    Fixtures.PASSWORD));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.body()).contains("id=\"email-error\">Невірна адреса електронної пошти");
  }
}
