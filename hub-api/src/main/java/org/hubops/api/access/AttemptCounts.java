package org.hubops.api.access;

import java.time.Duration;
import java.time.Instant;

/**
 * Where the {@link Throttle} keeps its counts of attempts per key. Every operation is atomic per
 * key, so parallel requests cannot both see a count below the limit: that is what makes the limit
 * hold under a race. An implementation over a database table (one row per key, {@code UPDATE ...
 * SET count = count + 1 ... RETURNING}) would let several instances share the counts.
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
  Verdict take(String key, int limit, Instant now, Duration lockout);

  /** Takes back one attempt that turned out to be right, so it does not count against the key. */
  void giveBack(String key);

  /** Counts a failure that never refuses anything (it only slows); returns the count so far. */
  int countFailure(String key);

  /** Forgets the key's count and lock. */
  void forget(String key);
}
