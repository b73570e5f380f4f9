package org.hubops.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.hubops.api.access.Caller;
import org.hubops.model.Role;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

  private static final Caller CALLER =
      new Caller(UUID.randomUUID(), "olena", "Олена", Role.ASSOCIATION, Set.of(), Set.of());
  private static final Clock NOW =
      Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void aValidTokenIsLookedUpOnceWithinItsTimeToLive() {
    VerifiedTokens tokens = new VerifiedTokens(NOW);
    AtomicInteger lookUps = new AtomicInteger();

    tokens.get("h", () -> count(lookUps, Optional.of(CALLER)));
    Optional<Caller> again = tokens.get("h", () -> count(lookUps, Optional.of(CALLER)));

    assertThat(again).contains(CALLER);
    assertThat(lookUps).hasValue(1);
  }

  @Test
  void anExpiredOrRefusedOrForgottenTokenIsLookedUpAgain() {
    AtomicInteger lookUps = new AtomicInteger();
    AtomicReference<Instant> now = new AtomicReference<>(NOW.instant());
    VerifiedTokens tokens = new VerifiedTokens(new MovableClock(now));
    tokens.get("h", () -> count(lookUps, Optional.of(CALLER)));
    now.set(now.get().plus(VerifiedTokens.TTL));
    tokens.get("h", () -> count(lookUps, Optional.of(CALLER)));

    tokens.forgetAll();
    Optional<Caller> afterChange = tokens.get("h", () -> count(lookUps, Optional.empty()));
    tokens.get("h", () -> count(lookUps, Optional.empty()));

    assertThat(afterChange).isEmpty();
    assertThat(lookUps).hasValue(4);
  }

  @Test
  void aLookUpThatAChangeOvertookIsNotKept() {
    VerifiedTokens tokens = new VerifiedTokens(NOW);
    AtomicInteger lookUps = new AtomicInteger();

    tokens.get(
        "h",
        () -> {
          tokens.forgetAll(); // a revocation committed while this request read the old row
          return count(lookUps, Optional.of(CALLER));
        });
    tokens.get("h", () -> count(lookUps, Optional.empty()));

    assertThat(lookUps).hasValue(2);
  }

  private static Optional<Caller> count(AtomicInteger lookUps, Optional<Caller> answer) {
    lookUps.incrementAndGet();
    return answer;
  }

  private static final class MovableClock extends Clock {
    private final AtomicReference<Instant> now;

    MovableClock(AtomicReference<Instant> now) {
      this.now = now;
    }

    @Override
    public Instant instant() {
      return now.get();
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
