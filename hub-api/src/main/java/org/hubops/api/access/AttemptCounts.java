package org.hubops.api.access;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * Where the {@link Throttle} keeps its counts of attempts per key. Every operation is atomic per
 * key, so parallel requests cannot both see a count below the limit: that is what makes the limit
 * hold under a race: {@link MemoryAttemptCounts} in one instance, {@link DatabaseAttemptCounts}
 * across the instances on one database.
 */
interface AttemptCounts {

  /**
   * What {@link #take} decided: whether the attempt may go ahead, the attempts counted so far, and
   * while the key is locked, until when ({@code lockedNow} when this very attempt locked it).
   */
  record Verdict(boolean allowed, int attempts, Instant lockedUntil, boolean lockedNow) {}

  /**
   * Counts one attempt under {@code key} if it is not locked: the {@code limit}-th attempt is still
   * allowed and locks the key for {@code lockout}. A lock that has ended starts the count again.
   */
  default Verdict take(String key, int limit, Instant now, Duration lockout) {
    AtomicReference<Verdict> verdict = new AtomicReference<>();
    change(
        key,
        now,
        old -> {
          AttemptCount.Step step = AttemptCount.take(old, limit, now, lockout);
          verdict.set(step.verdict());
          return step.next();
        });
    return verdict.get();
  }

  /** Takes back one attempt that turned out to be right, so it does not count against the key. */
  default void giveBack(String key, Instant now) {
    change(key, now, old -> old == null ? null : old.givenBack());
  }

  /** Counts a failure that never refuses anything (it only slows); returns the count so far. */
  default int countFailure(String key, Instant now) {
    return change(key, now, AttemptCount::failure).attempts();
  }

  /** Forgets the key's count and lock. */
  void forget(String key);

  /**
   * Replaces the key's count ({@code null} when it has none, or it was forgotten) by what {@code
   * how} makes of it, atomically for that key; a null result forgets the key. Returns the result.
   */
  AttemptCount change(String key, Instant now, UnaryOperator<AttemptCount> how);
}
