package org.hubops.model.report;

import java.time.Instant;

/**
 * Whether a quarter's figures are final: a locked quarter's dataset was frozen when it was locked
 * and never changes; any other is preliminary, and while the quarter is still running it is also
 * incomplete.
 *
 * @param locked true when the figures are the frozen dataset of a locked quarter
 * @param lockedAt when the quarter was locked
 * @param lockedBy who locked it
 * @param inProgress true when the quarter had not yet ended when the figures were read
 */
public record ReportStatus(boolean locked, Instant lockedAt, String lockedBy, boolean inProgress) {

  /** Figures of an open quarter that has ended. */
  public static final ReportStatus PRELIMINARY = new ReportStatus(false, null, null, false);

  /** Figures of a quarter still running. */
  public static final ReportStatus IN_PROGRESS = new ReportStatus(false, null, null, true);

  public static ReportStatus lockedBy(String who, Instant when) {
    return new ReportStatus(true, when, who, false);
  }
}
