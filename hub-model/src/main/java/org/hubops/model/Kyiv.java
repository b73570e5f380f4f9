package org.hubops.model;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates people type (a session's date) are local dates in Kyiv; instants are stored in UTC. */
public final class Kyiv {

  public static final ZoneId ZONE = ZoneId.of("Europe/Kyiv");

  private Kyiv() {}

  /** Today's date in Kyiv, by {@code clock}. */
  public static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(ZONE));
  }
}
