package org.hubops.api.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import org.hubops.api.platform.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slows, then refuses, whoever keeps failing to log in or keeps sending bad tokens: counted per
 * client address and per username. After {@code slowAfter} failures each further one is answered
 * late; at the limit the address or username is refused with 429 for the lockout time, without even
 * checking what it sends.
 *
 * <p>The counts live in memory, per instance: a database row per failed attempt would let an
 * attacker turn guessing into write load, and counts lost at a restart cost little. With several
 * instances an attacker gets a few more tries, which does not matter against 256-bit tokens and
 * bcrypt-hashed passwords of at least 12 characters. The map is bounded, so that a flood of made-up
 * usernames cannot fill the heap.
 */
public final class Throttle {

  private static final Logger LOG = LoggerFactory.getLogger(Throttle.class);

  /** At most this many requests are held back at once, so slowing cannot starve Jetty's threads. */
  private static final int MAX_HELD_BACK = 16;

  private record Failures(int count, Instant lockedUntil) {}

  private final ThrottleConfiguration config;
  private final Clock clock;
  private final Cache<String, Failures> failures;
  private final Semaphore heldBack = new Semaphore(MAX_HELD_BACK);

  public Throttle(ThrottleConfiguration config, Clock clock) {
    this.config = config;
    this.clock = clock;
    this.failures =
        Caffeine.newBuilder()
            .maximumSize(100_000)
            // A count is forgotten one lockout after its last failure, and a lock when it ends.
            .expireAfterWrite(config.getLockout().toJavaDuration())
            .build();
  }

  /** Refuses with 429 if the address, or the username when given, is locked out. */
  public void checkAllowed(String address, String username) {
    Instant now = clock.instant();
    for (String key : keys(address, username)) {
      Failures current = key == null ? null : failures.getIfPresent(key);
      if (current != null && current.lockedUntil() != null && now.isBefore(current.lockedUntil())) {
        long seconds = Math.max(1, Duration.between(now, current.lockedUntil()).toSeconds() + 1);
        throw new ProblemException(
                429,
                "Too many attempts",
                "Too many failed attempts; try again in " + seconds + " seconds")
            .withHeader("Retry-After", Long.toString(seconds));
      }
    }
  }

  /** Counts a failure against the address and the username (if any); may answer it late. */
  public void failed(String address, String username) {
    String[] keys = keys(address, username);
    int worst = count(keys[0], config.getAddressLimit());
    if (keys[1] != null) {
      worst = Math.max(worst, count(keys[1], config.getUsernameLimit()));
    }
    if (worst > config.getSlowAfter()) {
      holdBack();
    }
  }

  /** A successful login forgets the username's failures; the address's stay counted. */
  public void succeeded(String username) {
    if (username != null) {
      failures.invalidate(usernameKey(username));
    }
  }

  private int count(String key, int limit) {
    Instant now = clock.instant();
    Failures updated =
        failures
            .asMap()
            .compute(
                key,
                (k, old) -> {
                  int count = old == null ? 1 : old.count() + 1;
                  Instant lockedUntil =
                      count >= limit ? now.plus(config.getLockout().toJavaDuration()) : null;
                  if (count == limit) {
                    // The kind of key only: a username key may hold a mistyped password.
                    LOG.warn(
                        "{} failed attempts for one {}; refused for {}",
                        count,
                        k.substring(0, k.indexOf(':')),
                        config.getLockout());
                  }
                  return new Failures(count, lockedUntil);
                });
    return updated.count();
  }

  private void holdBack() {
    if (!heldBack.tryAcquire()) {
      return;
    }
    try {
      Thread.sleep(config.getSlowDown().toMilliseconds());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      heldBack.release();
    }
  }

  private static String[] keys(String address, String username) {
    return new String[] {"address:" + address, username == null ? null : usernameKey(username)};
  }

  private static String usernameKey(String username) {
    return "username:" + username.strip().toLowerCase(Locale.ROOT);
  }
}
