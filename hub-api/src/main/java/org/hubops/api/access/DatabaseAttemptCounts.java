package org.hubops.api.access;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The counts in the database, shared by every instance of the service on it, so that two instances
 * behind a load balancer do not give a guesser twice the tries. A key's row is locked ({@code
 * select ... for update}) while it changes: parallel attempts on any instance are counted one after
 * the other, as {@link MemoryAttemptCounts} counts them in one JVM. Keys are stored as their
 * SHA-256 (no username or address in the clear); a count unchanged for {@code forgetAfter} counts
 * as gone, and such rows are swept at most once a minute.
 */
final class DatabaseAttemptCounts implements AttemptCounts {

  private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

  private final Jdbi jdbi;
  private final Duration forgetAfter;
  private final AtomicLong nextSweep = new AtomicLong();

  DatabaseAttemptCounts(Jdbi jdbi, Duration forgetAfter) {
    this.jdbi = jdbi;
    this.forgetAfter = forgetAfter;
  }

  @Override
  public void forget(String key) {
    jdbi.useHandle(
        h ->
            h.createUpdate("delete from attempt_count where key_hash = :key")
                .bind("key", Secrets.hash(key))
                .execute());
  }

  /** Applies {@code how} to the key's count under its row lock; a null count deletes the row. */
  @Override
  public AttemptCount change(String key, Instant now, UnaryOperator<AttemptCount> how) {
    String hash = Secrets.hash(key);
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    AttemptCount next =
        jdbi.inTransaction(
            h -> {
              // The row exists before it is locked, so that two first attempts wait for each other.
              h.createUpdate(
                      "insert into attempt_count (key_hash, attempts, changed_at)"
                          + " values (:key, 0, :at) on conflict do nothing")
                  .bind("key", hash)
                  .bind("at", at)
                  .execute();
              AttemptCount changed = how.apply(current(h, hash, now));
              if (changed == null) {
                h.createUpdate("delete from attempt_count where key_hash = :key")
                    .bind("key", hash)
                    .execute();
              } else {
                h.createUpdate(
                        "update attempt_count set attempts = :attempts,"
                            + " locked_until = :lockedUntil, changed_at = :at where key_hash = :key")
                    .bind("attempts", changed.attempts())
                    .bind(
                        "lockedUntil",
                        changed.lockedUntil() == null
                            ? null
                            : changed.lockedUntil().atOffset(ZoneOffset.UTC))
                    .bind("at", at)
                    .bind("key", hash)
                    .execute();
              }
              return changed;
            });
    sweepNowAndThen(now);
    return next;
  }

  /** The locked row's count: none when it was only just inserted or has not changed for long. */
  private AttemptCount current(Handle h, String hash, Instant now) {
    List<AttemptCount> rows =
        h.createQuery(
                "select attempts, locked_until, changed_at from attempt_count"
                    + " where key_hash = :key for update")
            .bind("key", hash)
            .map(
                (rs, ctx) -> {
                  int attempts = rs.getInt("attempts");
                  OffsetDateTime changed = rs.getObject("changed_at", OffsetDateTime.class);
                  OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
                  boolean forgotten = changed.toInstant().plus(forgetAfter).isBefore(now);
                  return attempts == 0 || forgotten
                      ? null
                      : new AttemptCount(attempts, locked == null ? null : locked.toInstant());
                })
            .list();
    return rows.isEmpty() ? null : rows.get(0);
  }

  private void sweepNowAndThen(Instant now) {
    long due = nextSweep.get();
    if (now.toEpochMilli() < due
        || !nextSweep.compareAndSet(due, now.plus(SWEEP_EVERY).toEpochMilli())) {
      return;
    }
    jdbi.useHandle(
        h ->
            h.createUpdate("delete from attempt_count where changed_at < :before")
                .bind("before", now.minus(forgetAfter).atOffset(ZoneOffset.UTC))
                .execute());
  }
}
