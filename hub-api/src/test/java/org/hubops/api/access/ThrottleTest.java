package org.hubops.api.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.Race;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Role;
import org.hubops.model.rest.Account;
import org.hubops.model.rest.Login;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guessing is slowed, then refused with 429 until the lockout ends: per username from an address
 * and per address for passwords, per address for bad tokens, and never a valid credential because
 * of someone else's guesses. A service of its own, with limits small enough to reach quickly; it
 * believes {@code X-Forwarded-For} from the test's own address, so that each test can call from
 * addresses of its own as if through a proxy.
 */
class ThrottleTest {

  private static final long SLOW_DOWN_MS = 300;

  /** Long enough that a lock outlasts a race of 40 clients on a machine under heavy load. */
  private static final long LOCKOUT_MS = 6000;

  private static final int USERNAME_LIMIT = 3;
  private static final int ADDRESS_LIMIT = 6;
  private static final int RACERS = 40;

  private static TestService service;

  @BeforeAll
  static void startWithTightLimits() {
    service =
        TestService.start(
            TestDatabase.H2,
            ConfigOverride.config("access.throttle.slowAfter", "1"),
            ConfigOverride.config("access.throttle.slowDown", SLOW_DOWN_MS + " milliseconds"),
            ConfigOverride.config("access.throttle.usernameLimit", "" + USERNAME_LIMIT),
            ConfigOverride.config("access.throttle.addressLimit", "" + ADDRESS_LIMIT),
            ConfigOverride.config("access.throttle.lockout", LOCKOUT_MS + " milliseconds"),
            ConfigOverride.config("access.trustedProxies", "127.0.0.1,0:0:0:0:0:0:0:1"));
  }

  @AfterAll
  static void stop() {
    service.stop();
  }

  @Test
  void repeatedWrongPasswordsAreSlowedThenRefusedForThatUsernameThenForgiven() throws Exception {
    Account olena = service.addAccount(Role.ASSOCIATION);
    Account petro = service.addAccount(Role.ASSOCIATION);
    Api anonymous = service.anonymous();
    Login wrong = new Login(olena.username(), "not her password");
    Login right = new Login(olena.username(), Fixtures.PASSWORD);

    int first = anonymous.post("/api/v1/login", wrong).status();
    long started = System.nanoTime();
    int second = anonymous.post("/api/v1/login", wrong).status();
    long secondMillis = (System.nanoTime() - started) / 1_000_000;
    int third = anonymous.post("/api/v1/login", wrong).status();
    ApiResponse refused = anonymous.post("/api/v1/login", right);
    int otherUser =
        anonymous.post("/api/v1/login", new Login(petro.username(), Fixtures.PASSWORD)).status();
    Thread.sleep(LOCKOUT_MS + 200);
    int afterLockout = anonymous.post("/api/v1/login", right).status();

    assertThat(first).isEqualTo(401);
    assertThat(second).isEqualTo(401);
    assertThat(secondMillis).isGreaterThanOrEqualTo(SLOW_DOWN_MS);
    assertThat(third).isEqualTo(401);
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.header("Retry-After"))
        .hasValueSatisfying(
            s -> assertThat(Integer.parseInt(s)).isBetween(1, (int) (LOCKOUT_MS / 1000) + 1));
    assertThat(otherUser).isEqualTo(200);
    assertThat(afterLockout).isEqualTo(200);
  }

  @Test
  void parallelWrongPasswordsForOneUsernameGetNoMoreThanItsLimitOfAnswers() {
    Account olena = service.addAccount(Role.ASSOCIATION);
    Api guesser = from("203.0.113.10");

    Map<Integer, Integer> statuses =
        race(i -> guesser.post("/api/v1/login", new Login(olena.username(), "guess " + i)));

    assertThat(statuses.getOrDefault(401, 0)).isLessThanOrEqualTo(USERNAME_LIMIT);
    assertThat(statuses.getOrDefault(429, 0))
        .isGreaterThanOrEqualTo(RACERS - USERNAME_LIMIT)
        .isEqualTo(RACERS - statuses.getOrDefault(401, 0));
  }

  @Test
  void parallelWrongPasswordsFromOneAddressGetNoMoreThanItsLimitOfAnswers() {
    Api guesser = from("203.0.113.11");

    Map<Integer, Integer> statuses =
        race(i -> guesser.post("/api/v1/login", new Login("nobody-" + i, "guess " + i)));

    assertThat(statuses.getOrDefault(401, 0)).isLessThanOrEqualTo(ADDRESS_LIMIT);
    assertThat(statuses.getOrDefault(429, 0)).isEqualTo(RACERS - statuses.getOrDefault(401, 0));
  }

  @Test
  void guessingSomeonesPasswordElsewhereDoesNotKeepThemOut() {
    Account olena = service.addAccount(Role.ASSOCIATION);
    Api guesser = from("203.0.113.12");
    Login right = new Login(olena.username(), Fixtures.PASSWORD);
    for (int i = 0; i < USERNAME_LIMIT; i++) {
      assertThat(guesser.post("/api/v1/login", new Login(olena.username(), "guess " + i)).status())
          .isEqualTo(401);
    }
    int guesserWithTheRightPassword = guesser.post("/api/v1/login", right).status();

    int fromHerLibrary = from("198.51.100.20").post("/api/v1/login", right).status();

    assertThat(guesserWithTheRightPassword).isEqualTo(429);
    assertThat(fromHerLibrary).isEqualTo(200);
  }

  @Test
  void badTokensFromOneAddressAreRefusedWhileValidTokensAndCookiesFromItStillWork() {
    String library = "198.51.100.30";
    Account reader = service.addAccount(Role.ASSOCIATION);
    Api good = from(library).withToken(service.issueToken(reader.username()));
    String cookie =
        from(library)
            .post("/api/v1/login", new Login(reader.username(), Fixtures.PASSWORD))
            .header("Set-Cookie")
            .orElseThrow()
            .split(";", 2)[0];
    Api guesser = from(library).withToken(Secrets.newToken());

    for (int i = 0; i < ADDRESS_LIMIT; i++) {
      assertThat(guesser.get("/api/v1/me").status()).as("guess %d", i + 1).isEqualTo(401);
    }
    ApiResponse refused = guesser.get("/api/v1/me");
    ApiResponse byToken = good.get("/api/v1/me");
    ApiResponse byCookie = from(library).with("Cookie", cookie).get("/api/v1/me");
    Map<Integer, Integer> racing =
        race(i -> i % 2 == 0 ? guesser.get("/api/v1/me") : good.get("/api/v1/me"));

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("Retry-After")).isPresent();
    assertThat(byToken.status()).isEqualTo(200);
    assertThat(byCookie.status()).isEqualTo(200);
    assertThat(racing).containsEntry(200, RACERS / 2).containsEntry(429, RACERS / 2);
  }

  /** A client whose requests reach the service as if through a proxy, from {@code address}. */
  private static Api from(String address) {
    return service.anonymous().with(ClientAddress.FORWARDED_FOR, address);
  }

  /** How many of {@link #RACERS} requests let go at once got each status. */
  private static Map<Integer, Integer> race(IntFunction<ApiResponse> request) {
    List<Race.Timed<ApiResponse>> answers = Race.run(RACERS, request);
    Map<Integer, Integer> statuses = new TreeMap<>();
    answers.forEach(a -> statuses.merge(a.result().status(), 1, Integer::sum));
    return statuses;
  }
}
