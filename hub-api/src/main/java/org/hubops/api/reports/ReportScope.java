package org.hubops.api.reports;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which sessions a report counts: those dated {@code from} to {@code to}, of the whole country, of
 * one oblast, or of one hub. Bound by name into the report queries (so public, for JDBI).
 *
 * @param oblast ISO code of the oblast, or {@code null} for every oblast
 * @param hub code of the hub, or {@code null} for every hub
 */
public record ReportScope(LocalDate from, LocalDate to, String oblast, String hub) {

  public ReportScope {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  static ReportScope of(LocalDate from, LocalDate to, String oblast) {
    return new ReportScope(from, to, oblast, null);
  }

  static ReportScope ofHub(LocalDate from, LocalDate to, String hub) {
    return new ReportScope(from, to, null, hub);
  }

  /** The same places over other dates, e.g. the previous quarter. */
  ReportScope over(LocalDate otherFrom, LocalDate otherTo) {
    return new ReportScope(otherFrom, otherTo, oblast, hub);
  }
}
