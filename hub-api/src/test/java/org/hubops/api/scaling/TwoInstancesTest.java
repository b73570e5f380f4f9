package org.hubops.api.scaling;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hubops.api.access.Csrf;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.Race;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Role;
import org.hubops.model.rest.Account;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Login;
import org.hubops.model.rest.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the service on one PostgreSQL database, as behind a load balancer
 * (docs/scaling.md): whichever instance a request reaches, a login holds or ends, a retry-safe
 * session PUT stores one session, and the throttle's limits are the limits of both together ({@code
 * access.throttle.counts: database}).
 */
class TwoInstancesTest {

  private static final int USERNAME_LIMIT = 3;
  private static final int RACERS = 30;

  private static TestService first;
  private static TestService second;

  @BeforeAll
  static void startTwoInstancesOnOneDatabase() {
    ConfigOverride[] settings = {
      ConfigOverride.config("access.throttle.counts", "database"),
      ConfigOverride.config("access.throttle.usernameLimit", "" + USERNAME_LIMIT),
      // No slowing: the test is about the counts, not about the wait.
      ConfigOverride.config("access.throttle.slowAfter", "1000"),
      ConfigOverride.config("access.throttle.lockout", "1 minute"),
      ConfigOverride.config("access.trustedProxies", "127.0.0.1,0:0:0:0:0:0:0:1")
    };
    first = TestService.start(TestDatabase.POSTGRES, settings);
    second = first.another(settings);
  }

  @AfterAll
  static void stop() {
    second.stop();
    first.stop();
  }

  @Test
  void aLoginMadeThroughOneInstanceHoldsOnTheOtherAndALogoutThroughEitherEndsIt() {
    Account olena = first.addAccount(Role.ASSOCIATION);
    ApiResponse login =
        first.anonymous().post("/api/v1/login", new Login(olena.username(), Fixtures.PASSWORD));
    assertThat(login.status()).as(login.toString()).isEqualTo(200);
    String cookie = login.header("Set-Cookie").orElseThrow().split(";", 2)[0];

    ApiResponse meOnTheOther = second.anonymous().with("Cookie", cookie).get("/api/v1/me");
    String sessionId = cookie.split("=", 2)[1];
    ApiResponse logout =
        second
            .anonymous()
            .with("Cookie", cookie)
            .with(Csrf.HEADER, Csrf.tokenFor(sessionId))
            .post("/api/v1/logout", null);
    ApiResponse meAfterLogout = first.anonymous().with("Cookie", cookie).get("/api/v1/me");

    assertThat(meOnTheOther.status()).as(meOnTheOther.toString()).isEqualTo(200);
    assertThat(meOnTheOther.json().path("username").asText()).isEqualTo(olena.username());
    assertThat(logout.status()).as(logout.toString()).isEqualTo(204);
    assertThat(meAfterLogout.status()).as("the login ended on both").isEqualTo(401);
  }

  @Test
  void aRetrySafeSessionSentToBothInstancesAtOnceIsStoredOnce() {
    Hub hub = Fixtures.createHub(first.api());
    Account coordinator = first.addAccount(Role.COORDINATOR, hub);
    String token = first.issueToken(coordinator.username());
    List<Api> instances =
        List.of(first.anonymous().withToken(token), second.anonymous().withToken(token));
    String path = "/api/v1/hubs/" + hub.id() + "/sessions/" + UUID.randomUUID();
    Session session = Fixtures.session(LocalDate.now().minusDays(1), 7);

    // The phone's retries of one session: sent again and again, reaching either instance.
    Map<Integer, Integer> statuses =
        statuses(Race.run(8, i -> instances.get(i % 2).put(path, session)));
    ApiResponse listed = first.api().get("/api/v1/hubs/" + hub.id() + "/sessions");

    assertThat(statuses.keySet())
        .as("every answer a success: %s", statuses)
        .allMatch(s -> s / 100 == 2);
    assertThat(statuses.get(201)).as("created once: %s", statuses).isEqualTo(1);
    assertThat(listed.json().path("items").size()).as(listed.toString()).isEqualTo(1);
    assertThat(storedSessions(hub)).isEqualTo(1);
  }

  @Test
  void wrongPasswordsSpreadOverBothInstancesMeetOneLimitBetweenThem() {
    Account petro = first.addAccount(Role.ASSOCIATION);
    List<Api> instances =
        List.of(
            first.anonymous().with("X-Forwarded-For", "203.0.113.40"),
            second.anonymous().with("X-Forwarded-For", "203.0.113.40"));

    Map<Integer, Integer> statuses =
        statuses(
            Race.run(
                RACERS,
                i ->
                    instances
                        .get(i % 2)
                        .post("/api/v1/login", new Login(petro.username(), "guess " + i))));
    Login right = new Login(petro.username(), Fixtures.PASSWORD);
    int rightOnFirst = instances.get(0).post("/api/v1/login", right).status();
    int rightOnSecond = instances.get(1).post("/api/v1/login", right).status();

    assertThat(statuses.getOrDefault(401, 0))
        .as("answered by either instance: %s", statuses)
        .isLessThanOrEqualTo(USERNAME_LIMIT);
    assertThat(statuses.getOrDefault(429, 0)).isEqualTo(RACERS - statuses.getOrDefault(401, 0));
    assertThat(rightOnFirst).as("the username is locked from that address").isEqualTo(429);
    assertThat(rightOnSecond).as("on both instances").isEqualTo(429);
  }

  private static Map<Integer, Integer> statuses(List<Race.Timed<ApiResponse>> answers) {
    Map<Integer, Integer> statuses = new TreeMap<>();
    answers.forEach(a -> statuses.merge(a.result().status(), 1, Integer::sum));
    return statuses;
  }

  private static long storedSessions(Hub hub) {
    return first
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("select count(*) from session where hub_id = :hub")
                    .bind("hub", hub.id())
                    .mapTo(Long.class)
                    .one());
  }
}
