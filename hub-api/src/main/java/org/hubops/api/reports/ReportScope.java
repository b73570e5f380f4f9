package org.hubops.api.reports;

import java.time.LocalDate;
import java.util.Objects;
import org.hubops.model.Quarter;

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

  /**
   * Whether the period is made of whole months, as every quarter is: its figures are then read from
   * those kept per hub and month ({@link FigureRollup}).
   */
  public boolean wholeMonths() {
    return from.getDayOfMonth() == 1 && to.equals(to.withDayOfMonth(to.lengthOfMonth()));
  }

  /** The key of the period's first month, as {@link Slice#MONTH} has it: {@code yyyymm}. */
  public int firstMonth() {
    return FigureRollup.period(from);
  }

  /** The key of the period's last month. */
  public int lastMonth() {
    return FigureRollup.period(to);
  }

  /** Whether the period is one quarter: its people are then read from those kept per quarter. */
  public boolean wholeQuarter() {
    Quarter quarter = Quarter.containing(from);
    return from.equals(quarter.firstDay()) && to.equals(quarter.lastDay());
  }

  /** The key of the quarter the period begins in: {@code yyyyq}. */
  public int quarterKey() {
    return FigureRollup.key(Quarter.containing(from));
  }

  /** The same places over other dates, e.g. the previous quarter. */
  ReportScope over(LocalDate otherFrom, LocalDate otherTo) {
    return new ReportScope(otherFrom, otherTo, oblast, hub);
  }
}
