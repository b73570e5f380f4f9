package org.hubops.api.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;

/**
 * The counts in this instance's memory, each key changed under its own lock ({@link
 * ConcurrentMap#compute}). Bounded, so that a flood of made-up usernames cannot fill the heap; a
 * count is forgotten {@code forgetAfter} after its last change.
 */
final class MemoryAttemptCounts implements AttemptCounts {

  private final ConcurrentMap<String, AttemptCount> counts;

  MemoryAttemptCounts(Duration forgetAfter) {
    Cache<String, AttemptCount> cache =
        Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(forgetAfter).build();
    this.counts = cache.asMap();
  }

  @Override
  public AttemptCount change(String key, Instant now, UnaryOperator<AttemptCount> how) {
    return counts.compute(key, (k, old) -> how.apply(old));
  }

  @Override
  public void forget(String key) {
    counts.remove(key);
  }
}
