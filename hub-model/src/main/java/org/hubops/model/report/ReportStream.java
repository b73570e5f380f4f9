package org.hubops.model.report;

/**
 * A report and its session detail from one consistent read of the database, as one streamed JSON
 * object: {@code {"oblasts": [...], "sessions": [SessionLine...], "dataset": {...}}}. The fields
 * come in the order that lets each side write as it reads: a quarter's 300,000 session lines first,
 * so the client writes them into the workbook while the service counts the figures, then the
 * dataset; one hub's report (small) puts its dataset first. A reader takes the fields in the order
 * they come.
 */
public final class ReportStream {

  /** The oblasts the session lines name by code; optional. */
  public static final String OBLASTS = "oblasts";

  /** The session lines, one JSON array. */
  public static final String SESSIONS = "sessions";

  /** The report's dataset ({@link QuarterlyDataset}, {@link HubDataset}). */
  public static final String DATASET = "dataset";

  private ReportStream() {}
}
