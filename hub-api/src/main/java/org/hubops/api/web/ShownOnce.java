package org.hubops.api.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A secret a page shows once after a post (a new API token), held in memory for the redirect that
 * follows it: POST-redirect-GET, so reloading the page neither issues a second token nor shows the
 * first again (issue #16, defect 7). Only the person who made it can take it, and only once, within
 * a couple of minutes; never written to disk or logged.
 */
public final class ShownOnce<T> {

  private static final Duration KEPT = Duration.ofMinutes(2);
  private static final SecureRandom RANDOM = new SecureRandom();

  private record Held<T>(T value, String owner, Instant until) {}

  private final Map<String, Held<T>> held = new ConcurrentHashMap<>();
  private final Clock clock;

  public ShownOnce(Clock clock) {
    this.clock = clock;
  }

  /** Keeps {@code value} for {@code owner}; answers the key the redirect carries. */
  public String keep(T value, String owner) {
    Instant now = clock.instant();
    held.values().removeIf(h -> h.until().isBefore(now));
    byte[] key = new byte[24];
    RANDOM.nextBytes(key);
    String id = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    held.put(id, new Held<>(value, owner, now.plus(KEPT)));
    return id;
  }

  public Optional<T> take(String key, String owner) {
    if (key == null) {
      return Optional.empty();
    }
    Held<T> found = held.remove(key);
    if (found == null || !found.owner().equals(owner) || found.until().isBefore(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(found.value());
  }
}
