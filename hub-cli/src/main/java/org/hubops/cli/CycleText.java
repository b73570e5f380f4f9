package org.hubops.cli;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.hubops.model.Kyiv;
import org.hubops.model.rest.QuarterLock;

/** How the cycle's commands say when and by whom: Kyiv time, to the minute. */
final class CycleText {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Kyiv.ZONE);

  private CycleText() {}

  static String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }

  /** "2026-Q3: locked on 2026-10-12 14:03 by staff" or "2026-Q3: open". */
  static String lock(QuarterLock lock, CliText text) {
    return lock.locked()
        ? text.get("quarter.locked", lock.quarter(), when(lock.lockedAt()), lock.lockedBy())
        : text.get("quarter.open", lock.quarter());
  }
}
