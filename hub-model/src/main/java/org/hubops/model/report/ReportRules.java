package org.hubops.model.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.hubops.model.Kyiv;

/** Counting rules that the service's SQL and the workbooks' definitions must agree on. */
public final class ReportRules {

  /**
   * A session recorded more than this many days after its date is a late entry. A week lets a
   * village hub with a weak connection catch up on paper logs; later than that, figures already
   * sent to a regional office may have changed under it.
   */
  public static final int LATE_ENTRY_DAYS = 7;

  private ReportRules() {}

  /** Whole days from the session's date to the Kyiv date on which it was recorded. */
  public static long daysToRecord(LocalDate sessionDate, Instant createdAt) {
    return ChronoUnit.DAYS.between(sessionDate, createdAt.atZone(Kyiv.ZONE).toLocalDate());
  }

  /** Whether a session held on {@code sessionDate} and recorded at {@code createdAt} came late. */
  public static boolean isLateEntry(LocalDate sessionDate, Instant createdAt) {
    return daysToRecord(sessionDate, createdAt) > LATE_ENTRY_DAYS;
  }
}
