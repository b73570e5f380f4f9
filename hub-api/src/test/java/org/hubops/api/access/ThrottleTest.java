package org.hubops.api.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Role;
import org.hubops.model.rest.Account;
import org.hubops.model.rest.Login;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guessing is slowed, then refused with 429 until the lockout ends: per username for logins, per
 * address for logins and tokens. A service of its own, with limits small enough to reach quickly.
 */
class ThrottleTest {

  private static final long SLOW_DOWN_MS = 300;
  private static final long LOCKOUT_MS = 2000;

  private static TestService service;

  @BeforeAll
  static void startWithTightLimits() {
    service =
        TestService.start(
            TestDatabase.H2,
            ConfigOverride.config("access.throttle.slowAfter", "1"),
            ConfigOverride.config("access.throttle.slowDown", SLOW_DOWN_MS + " milliseconds"),
            ConfigOverride.config("access.throttle.usernameLimit", "3"),
            ConfigOverride.config("access.throttle.addressLimit", "6"),
            ConfigOverride.config("access.throttle.lockout", LOCKOUT_MS + " milliseconds"));
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
        .hasValueSatisfying(s -> assertThat(Integer.parseInt(s)).isBetween(1, 3));
    assertThat(otherUser).isEqualTo(200);
    assertThat(afterLockout).isEqualTo(200);
  }

  @Test
  void badTokensFromOneAddressAreRefusedEvenWithAGoodTokenUntilTheLockoutEnds() throws Exception {
    Thread.sleep(LOCKOUT_MS + 200); // whatever the other test left counted is forgotten
    Api good = service.as(Role.ASSOCIATION);
    Api guesser = service.anonymous().withToken(Secrets.newToken());

    for (int i = 0; i < 6; i++) {
      assertThat(guesser.get("/api/v1/me").status()).as("guess %d", i + 1).isEqualTo(401);
    }
    ApiResponse refused = good.get("/api/v1/me");
    Thread.sleep(LOCKOUT_MS + 200);
    ApiResponse forgiven = good.get("/api/v1/me");

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("Retry-After")).isPresent();
    assertThat(forgiven.status()).isEqualTo(200);
  }
}
