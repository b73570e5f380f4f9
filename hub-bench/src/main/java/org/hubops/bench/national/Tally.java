package org.hubops.bench.national;

import java.time.LocalDate;

/**
 * What the generator wrote, counted as it went: sessions (not deleted) and their attendee rows by
 * quarter, and rows by table. Tests hold the service's reports to these figures.
 */
public final class Tally {

  private final long[] sessions = new long[4];
  private final long[] attendees = new long[4];
  private final long[] rows = new long[Table.values().length];

  void session(LocalDate day, int attendeeRows) {
    int quarter = (day.getMonthValue() - 1) / 3;
    sessions[quarter]++;
    attendees[quarter] += attendeeRows;
  }

  void rows(Table table, long count) {
    rows[table.ordinal()] += count;
  }

  public long sessions(int quarter) {
    return sessions[quarter - 1];
  }

  public long attendees(int quarter) {
    return attendees[quarter - 1];
  }

  long rows(Table table) {
    return rows[table.ordinal()];
  }

  /** Rows written to the table of that name, such as {@code "attendee"}. */
  public long rows(String table) {
    return rows(Table.valueOf(table.toUpperCase(java.util.Locale.ROOT)));
  }
}
