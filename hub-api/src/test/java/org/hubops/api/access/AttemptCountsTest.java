package org.hubops.api.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.hubops.api.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The throttle's counts behave alike wherever they are kept: in memory, or in the database on H2
 * and PostgreSQL (shared by several instances); and the database keeps no username or address in
 * the clear. Times are given, not waited for.
 */
class AttemptCountsTest {

  private static final Instant NOON = Instant.parse("2026-12-02T10:00:00Z");
  private static final Duration LOCKOUT = Duration.ofMinutes(15);

  static Stream<Arguments> counts() {
    return Stream.of(
        Arguments.of("memory", new MemoryAttemptCounts(LOCKOUT), null),
        database("database on H2", TestDatabase.H2),
        database("database on PostgreSQL", TestDatabase.POSTGRES));
  }

  private static Arguments database(String name, TestDatabase kind) {
    Jdbi jdbi = kind.migrated();
    return Arguments.of(name, new DatabaseAttemptCounts(jdbi, LOCKOUT), jdbi);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("counts")
  void theLimitthAttemptLocksTheKeyUntilTheLockoutEndsThenTheCountStartsAgain(
      String where, AttemptCounts counts, Jdbi jdbi) {
    String key = "username:olena@203.0.113.5";

    AttemptCounts.Verdict first = counts.take(key, 3, NOON, LOCKOUT);
    AttemptCounts.Verdict second = counts.take(key, 3, NOON.plusSeconds(1), LOCKOUT);
    AttemptCounts.Verdict third = counts.take(key, 3, NOON.plusSeconds(2), LOCKOUT);
    AttemptCounts.Verdict locked = counts.take(key, 3, NOON.plusSeconds(60), LOCKOUT);
    AttemptCounts.Verdict afterLockout =
        counts.take(key, 3, NOON.plusSeconds(2).plus(LOCKOUT).plusSeconds(1), LOCKOUT);

    assertThat(first.allowed()).isTrue();
    assertThat(first.attempts()).isEqualTo(1);
    assertThat(second.attempts()).isEqualTo(2);
    assertThat(third.allowed()).isTrue();
    assertThat(third.lockedNow()).isTrue();
    assertThat(third.lockedUntil()).isEqualTo(NOON.plusSeconds(2).plus(LOCKOUT));
    assertThat(locked.allowed()).isFalse();
    assertThat(locked.lockedNow()).isFalse();
    assertThat(afterLockout.allowed()).isTrue();
    assertThat(afterLockout.attempts()).isEqualTo(1);
    if (jdbi != null) {
      assertThat(storedKeys(jdbi))
          .as("stored by hash only")
          .noneMatch(k -> k.contains("olena") || k.contains("203.0.113"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("counts")
  void aRightPasswordTakesItsAttemptBackAndForgettingClearsTheKey(
      String where, AttemptCounts counts, Jdbi jdbi) {
    String key = "address:198.51.100.7";
    counts.take(key, 5, NOON, LOCKOUT);
    counts.take(key, 5, NOON, LOCKOUT);

    counts.giveBack(key, NOON);
    AttemptCounts.Verdict afterGiveBack = counts.take(key, 5, NOON, LOCKOUT);
    counts.forget(key);
    AttemptCounts.Verdict afterForget = counts.take(key, 5, NOON, LOCKOUT);

    assertThat(afterGiveBack.attempts()).as("2 taken, 1 given back, 1 more").isEqualTo(2);
    assertThat(afterForget.attempts()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("counts")
  void failuresEverywhereAreCountedButNeverLock(String where, AttemptCounts counts, Jdbi jdbi) {
    String key = "username:petro";

    int first = counts.countFailure(key, NOON);
    int second = counts.countFailure(key, NOON);
    AttemptCounts.Verdict stillAllowed = counts.take(key, 100, NOON, LOCKOUT);

    assertThat(first).isEqualTo(1);
    assertThat(second).isEqualTo(2);
    assertThat(stillAllowed.allowed()).isTrue();
    assertThat(stillAllowed.attempts()).isEqualTo(3);
  }

  private static List<String> storedKeys(Jdbi jdbi) {
    return jdbi.withHandle(
        h -> h.createQuery("select key_hash from attempt_count").mapTo(String.class).list());
  }
}
