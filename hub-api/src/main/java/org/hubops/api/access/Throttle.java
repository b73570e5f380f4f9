package org.hubops.api.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import org.hubops.api.platform.ProblemException;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slows, then refuses, whoever keeps guessing, without letting a guesser lock anyone else out.
 *
 * <ul>
 *   <li><b>Passwords</b>: an attempt is counted <em>before</em> the password is checked, atomically
 *       ({@link AttemptCounts#take}), so parallel guesses cannot all slip under the limit. It
 *       counts against the username from that address ({@code usernameLimit}) and against the
 *       address ({@code addressLimit}); either at its limit answers 429 without checking the
 *       password. A right password takes its attempt back. Failures for a username from everywhere
 *       only slow its further attempts, never refuse them: a guesser elsewhere cannot keep its
 *       owner out.
 *   <li><b>Tokens and login cookies</b>: a valid one is never refused, whatever else came from its
 *       address (a village library's readers share one address). Only the bad ones are counted per
 *       address, slowed, and past {@code addressLimit} answered 429 instead of 401.
 * </ul>
 *
 * <p>The counts live in {@link AttemptCounts}: by default in this instance's memory, since a
 * database row per failed attempt turns guessing into write load and counts lost at a restart cost
 * little; with several instances on one database ({@code counts: database}) in a table they share,
 * so that the limits hold across them.
 */
public final class Throttle {

  private static final Logger LOG = LoggerFactory.getLogger(Throttle.class);

  /** At most this many requests are held back at once, so slowing cannot starve Jetty's threads. */
  private static final int MAX_HELD_BACK = 16;

  private final ThrottleConfiguration config;
  private final Clock clock;
  private final AttemptCounts counts;
  private final Semaphore heldBack = new Semaphore(MAX_HELD_BACK);

  /**
   * The throttle of {@code config}, its counts kept where it says (the database in {@code jdbi}).
   */
  public Throttle(ThrottleConfiguration config, Clock clock, Jdbi jdbi) {
    this.config = config;
    this.clock = clock;
    Duration forgetAfter = config.getLockout().toJavaDuration();
    this.counts =
        config.getCounts() == ThrottleConfiguration.Counts.DATABASE
            ? new DatabaseAttemptCounts(jdbi, forgetAfter)
            : new MemoryAttemptCounts(forgetAfter);
  }

  /** A password attempt that has been counted and may now be checked. */
  public final class Attempt {

    private final String address;
    private final String username;
    private final int counted;

    private Attempt(String address, String username, int counted) {
      this.address = address;
      this.username = username;
      this.counted = counted;
    }

    /** The password was right: its attempt does not count, and the username's failures go. */
    public void succeeded() {
      counts.forget(pairKey(address, username));
      counts.forget(usernameKey(username));
      counts.giveBack(addressKey(address), clock.instant());
    }

    /** The password was wrong: it stays counted, and the answer may be held back. */
    public void failed() {
      int everywhere = counts.countFailure(usernameKey(username), clock.instant());
      if (Math.max(everywhere, counted) > config.getSlowAfter()) {
        holdBack();
      }
    }
  }

  /**
   * Counts a password attempt for {@code username} from {@code address} before it is checked.
   *
   * @throws ProblemException 429 when the username from this address, or the address, is locked
   */
  public Attempt beginLogin(String address, String username) {
    Instant now = clock.instant();
    String pair = pairKey(address, username);
    AttemptCounts.Verdict forUser = take(pair, config.getUsernameLimit(), now, "username");
    if (!forUser.allowed()) {
      throw tooMany(now, forUser.lockedUntil());
    }
    AttemptCounts.Verdict forAddress =
        take(addressKey(address), config.getAddressLimit(), now, "address");
    if (!forAddress.allowed()) {
      // Not checked, so not counted against the username either.
      counts.giveBack(pair, now);
      throw tooMany(now, forAddress.lockedUntil());
    }
    return new Attempt(address, username, Math.max(forUser.attempts(), forAddress.attempts()));
  }

  /**
   * Counts a token or login cookie that matched nothing. Answered late past {@code slowAfter}, and
   * past {@code addressLimit} refused outright.
   *
   * @throws ProblemException 429 when the address has sent too many bad credentials
   */
  public void badCredential(String address) {
    Instant now = clock.instant();
    AttemptCounts.Verdict verdict =
        take("credential:" + address, config.getAddressLimit(), now, "address's bad credentials");
    if (!verdict.allowed()) {
      throw tooMany(now, verdict.lockedUntil());
    }
    if (verdict.attempts() > config.getSlowAfter()) {
      holdBack();
    }
  }

  private AttemptCounts.Verdict take(String key, int limit, Instant now, String kind) {
    AttemptCounts.Verdict verdict =
        counts.take(key, limit, now, config.getLockout().toJavaDuration());
    if (verdict.lockedNow()) {
      // The kind of key only: a username key may hold a mistyped password.
      LOG.warn("{} attempts for one {}; refused for {}", limit, kind, config.getLockout());
    }
    return verdict;
  }

  private static ProblemException tooMany(Instant now, Instant lockedUntil) {
    long seconds = Math.max(1, Duration.between(now, lockedUntil).toSeconds() + 1);
    return new ProblemException(
            429,
            "Too many attempts",
            "Too many failed attempts; try again in " + seconds + " seconds")
        .withHeader("Retry-After", Long.toString(seconds));
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

  private static String addressKey(String address) {
    return "address:" + address;
  }

  /** The username with the address: a guesser there is refused, its owner elsewhere is not. */
  private static String pairKey(String address, String username) {
    return "username:" + normal(username) + "@" + address;
  }

  private static String usernameKey(String username) {
    return "username:" + normal(username);
  }

  private static String normal(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }
}
