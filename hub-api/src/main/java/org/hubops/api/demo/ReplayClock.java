package org.hubops.api.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock the demo moves by hand, so that each record is written as if a coordinator logged it at
 * that moment: its timestamps, and the rules that depend on "today", are those of that day.
 */
final class ReplayClock extends Clock {

  private Instant now = Instant.EPOCH;

  void set(Instant instant) {
    now = instant;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(now, zone);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
