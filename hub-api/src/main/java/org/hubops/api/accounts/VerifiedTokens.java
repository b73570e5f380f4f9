package org.hubops.api.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.hubops.api.access.Caller;

/**
 * API tokens found valid in the last few seconds, by the SHA-256 of their secret, with the caller
 * they stand for. Checking a token in the database took three statements and about two thirds of
 * the CPU of a trivial authenticated GET (docs/benchmarks/auth-profile.md); a program calling the
 * API presents the same token request after request.
 *
 * <p>Revocation is honoured at once by this instance: every change to accounts or tokens made
 * through {@link AccountService} calls {@link #forgetAll()} after it commits. A change made
 * elsewhere (another instance on the same database, the {@code add-account} command) takes effect
 * here within {@link #TTL}. Only valid tokens are kept, so a token issued anywhere works at once,
 * and a refused one costs the database look-up each time, as the throttle expects.
 */
public final class VerifiedTokens {

  /** How stale a caller may be after a change made outside this instance. */
  static final Duration TTL = Duration.ofSeconds(10);

  /** Far more tokens than are in use at once; past it the cache starts again (rare, cheap). */
  private static final int MAX_ENTRIES = 10_000;

  private record Entry(Caller caller, Instant until) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  /**
   * Bumped by {@link #forgetAll()}: a look-up that started before a change does not store what it
   * read, which may be from before the change.
   */
  private final AtomicLong generation = new AtomicLong();

  private final Clock clock;

  public VerifiedTokens(Clock clock) {
    this.clock = clock;
  }

  /** The caller behind {@code tokenHash}: from the cache, or from {@code lookUp} (then kept). */
  Optional<Caller> get(String tokenHash, Supplier<Optional<Caller>> lookUp) {
    Instant now = clock.instant();
    Entry entry = entries.get(tokenHash);
    if (entry != null && now.isBefore(entry.until())) {
      return Optional.of(entry.caller());
    }
    long before = generation.get();
    Optional<Caller> caller = lookUp.get();
    if (caller.isEmpty()) {
      entries.remove(tokenHash);
      return caller;
    }
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    Entry fresh = new Entry(caller.get(), now.plus(TTL));
    entries.put(tokenHash, fresh);
    if (generation.get() != before) {
      entries.remove(tokenHash, fresh);
    }
    return caller;
  }

  /** After any change to an account, its hubs, oblasts or tokens: every token is checked anew. */
  void forgetAll() {
    generation.incrementAndGet();
    entries.clear();
  }
}
