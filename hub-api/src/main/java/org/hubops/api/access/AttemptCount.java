package org.hubops.api.access;

import java.time.Duration;
import java.time.Instant;

/**
 * One key's count of attempts and its lock, and the rules that change it: the same for every {@link
 * AttemptCounts}, wherever the counts are kept.
 */
record AttemptCount(int attempts, Instant lockedUntil) {

  /** What one attempt does to a count ({@code old} null when there is none): its next count. */
  record Step(AttemptCount next, AttemptCounts.Verdict verdict) {}

  boolean lockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /**
   * Counts one attempt if the key is not locked: the {@code limit}-th attempt is still allowed and
   * locks the key for {@code lockout}. A lock that has ended starts the count again.
   */
  static Step take(AttemptCount old, int limit, Instant now, Duration lockout) {
    if (old != null && old.lockedAt(now)) {
      return new Step(
          old, new AttemptCounts.Verdict(false, old.attempts(), old.lockedUntil(), false));
    }
    int attempts = old == null || old.lockedUntil() != null ? 1 : old.attempts() + 1;
    Instant lockedUntil = attempts >= limit ? now.plus(lockout) : null;
    return new Step(
        new AttemptCount(attempts, lockedUntil),
        new AttemptCounts.Verdict(true, attempts, lockedUntil, lockedUntil != null));
  }

  /** One attempt taken back, which also lifts a lock; null when none is left. */
  AttemptCount givenBack() {
    return attempts <= 1 ? null : new AttemptCount(attempts - 1, null);
  }

  /** One more failure that never locks ({@code old} null when there is none). */
  static AttemptCount failure(AttemptCount old) {
    return new AttemptCount(old == null ? 1 : old.attempts() + 1, null);
  }
}
