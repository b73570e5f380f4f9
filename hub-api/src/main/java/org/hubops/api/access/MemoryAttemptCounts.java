package org.hubops.api.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The counts in this instance's memory, each key changed under its own lock ({@link
 * ConcurrentMap#compute}). Bounded, so that a flood of made-up usernames cannot fill the heap; a
 * count is forgotten {@code forgetAfter} after its last change.
 */
final class MemoryAttemptCounts implements AttemptCounts {

  private record Count(int attempts, Instant lockedUntil) {

    boolean lockedAt(Instant now) {
      return lockedUntil != null && now.isBefore(lockedUntil);
    }
  }

  private final ConcurrentMap<String, Count> counts;

  MemoryAttemptCounts(Duration forgetAfter) {
    Cache<String, Count> cache =
        Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(forgetAfter).build();
    this.counts = cache.asMap();
  }

  @Override
  public Verdict take(String key, int limit, Instant now, Duration lockout) {
    AtomicReference<Verdict> verdict = new AtomicReference<>();
    counts.compute(
        key,
        (k, old) -> {
          if (old != null && old.lockedAt(now)) {
            verdict.set(new Verdict(false, old.attempts(), old.lockedUntil(), false));
            return old;
          }
          // A lock that has ended starts the count again.
          int attempts = old == null || old.lockedUntil() != null ? 1 : old.attempts() + 1;
          Instant lockedUntil = attempts >= limit ? now.plus(lockout) : null;
          verdict.set(new Verdict(true, attempts, lockedUntil, lockedUntil != null));
          return new Count(attempts, lockedUntil);
        });
    return verdict.get();
  }

  @Override
  public void giveBack(String key) {
    counts.computeIfPresent(
        key,
        (k, old) ->
            old.attempts() <= 1 ? null : new Count(old.attempts() - 1, /* unlocked */ null));
  }

  @Override
  public int countFailure(String key) {
    return counts
        .compute(key, (k, old) -> new Count(old == null ? 1 : old.attempts() + 1, null))
        .attempts();
  }

  @Override
  public void forget(String key) {
    counts.remove(key);
  }
}
