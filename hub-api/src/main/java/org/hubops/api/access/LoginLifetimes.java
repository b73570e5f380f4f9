package org.hubops.api.access;

import java.time.Duration;

/**
 * How long a browser's login lasts. On a shared library PC the next patron must not find the
 * coordinator still logged in, with participants' names and phones: so a login ends with the
 * browser (a session cookie), after {@code idle} without a request, and at the latest after {@code
 * lifetime}. A coordinator on their own device may ask to be remembered: that login outlives the
 * browser and idleness, for {@code remembered}.
 */
public record LoginLifetimes(Duration lifetime, Duration idle, Duration remembered) {

  /** How often a login's last use is written down: often enough for the idle timeout to hold. */
  public Duration touchEvery() {
    Duration quarter = idle.dividedBy(4);
    return quarter.compareTo(Duration.ofMinutes(1)) < 0 ? quarter : Duration.ofMinutes(1);
  }
}
