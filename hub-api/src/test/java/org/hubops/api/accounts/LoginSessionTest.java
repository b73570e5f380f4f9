package org.hubops.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.time.LocalDate;
import java.util.List;
import org.hubops.api.access.Csrf;
import org.hubops.api.access.SessionCookie;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Kyiv;
import org.hubops.model.Role;
import org.hubops.model.rest.Account;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Login;
import org.hubops.model.rest.LoginResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The browser's way in: a password, an HttpOnly session cookie, and a CSRF token for changes. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class LoginSessionTest {

  @Parameter TestDatabase database;

  private Hub hub;
  private Account coordinator;

  private Api anonymous() {
    return TestService.on(database).anonymous();
  }

  private String login() {
    TestService service = TestService.on(database);
    hub = Fixtures.createHub(service.api());
    coordinator = service.addAccount(Role.COORDINATOR, hub);
    ApiResponse response =
        anonymous().post("/api/v1/login", new Login(coordinator.username(), Fixtures.PASSWORD));
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.header("Set-Cookie").orElseThrow();
  }

  @Test
  void loginSetsAnHttpOnlySameSiteSecureCookieThatOpensTheApi() {
    String setCookie = login();
    HttpCookie cookie = HttpCookie.parse(setCookie).get(0);

    assertThat(cookie.getName()).isEqualTo(SessionCookie.NAME);
    assertThat(cookie.isHttpOnly()).isTrue();
    assertThat(cookie.getSecure()).isTrue();
    assertThat(cookie.getPath()).isEqualTo("/");
    assertThat(setCookie).containsIgnoringCase("SameSite=Lax");
    ApiResponse me = withCookie(cookie).get("/api/v1/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().path("username").asText()).isEqualTo(coordinator.username());
  }

  @Test
  void changesThroughTheSessionNeedItsCsrfToken() {
    HttpCookie cookie = HttpCookie.parse(login()).get(0);
    Api browser = withCookie(cookie);
    String sessions = "/api/v1/hubs/" + hub.id() + "/sessions";
    LocalDate day = LocalDate.now(Kyiv.ZONE).minusDays(1);

    ApiResponse forged = browser.post(sessions, Fixtures.session(day, 1));
    ApiResponse wrongToken =
        browser.with(Csrf.HEADER, "guess").post(sessions, Fixtures.session(day, 1));
    ApiResponse genuine =
        browser
            .with(Csrf.HEADER, Csrf.tokenFor(cookie.getValue()))
            .post(sessions, Fixtures.session(day, 1));

    assertThat(forged.status()).isEqualTo(403);
    assertThat(wrongToken.status()).isEqualTo(403);
    assertThat(genuine.status()).as(genuine.toString()).isEqualTo(201);
    assertThat(browser.get(sessions).json().path("total").asInt()).isEqualTo(1);
  }

  @Test
  void loginAnswersTheCsrfTokenOfItsSession() {
    Account account = TestService.on(database).addAccount(Role.ASSOCIATION);

    ApiResponse response =
        anonymous().post("/api/v1/login", new Login(account.username(), Fixtures.PASSWORD));

    HttpCookie cookie = HttpCookie.parse(response.header("Set-Cookie").orElseThrow()).get(0);
    LoginResult result = response.as(LoginResult.class);
    assertThat(result.csrfToken()).isEqualTo(Csrf.tokenFor(cookie.getValue()));
    assertThat(result.account().role()).isEqualTo(Role.ASSOCIATION);
    assertThat(response.header("Cache-Control")).hasValue("no-store");
  }

  @Test
  void logoutEndsTheSessionAndClearsTheCookie() {
    HttpCookie cookie = HttpCookie.parse(login()).get(0);
    Api browser = withCookie(cookie).with(Csrf.HEADER, Csrf.tokenFor(cookie.getValue()));

    ApiResponse logout = browser.post("/api/v1/logout", null);

    assertThat(logout.status()).isEqualTo(204);
    assertThat(HttpCookie.parse(logout.header("Set-Cookie").orElseThrow()).get(0).getMaxAge())
        .isZero();
    assertThat(browser.get("/api/v1/me").status()).isEqualTo(401);
  }

  @Test
  void wrongPasswordOrUnknownUserIsTheSame401() {
    String unknown = Fixtures.newUsername(Role.ASSOCIATION);

    List<ApiResponse> answers =
        List.of(
            anonymous().post("/api/v1/login", new Login(unknown, Fixtures.PASSWORD)),
            anonymous().post("/api/v1/login", new Login("admin", "not the password")));

    for (ApiResponse answer : answers) {
      assertThat(answer.status()).isEqualTo(401);
      assertThat(answer.json().path("detail").asText()).isEqualTo("Wrong username or password");
      assertThat(answer.header("Set-Cookie")).isEmpty();
    }
  }

  private Api withCookie(HttpCookie cookie) {
    return anonymous().with("Cookie", cookie.getName() + "=" + cookie.getValue());
  }
}
