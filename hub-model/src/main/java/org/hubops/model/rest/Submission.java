package org.hubops.model.rest;

import java.time.Instant;
import java.util.UUID;
import org.hubops.model.NilReason;
import org.hubops.model.Quarter;
import org.hubops.model.SubmissionState;

/**
 * Where one hub's quarter stands in the reporting cycle: who submitted it and when, the hub's
 * figures at that moment, and the review.
 *
 * @param sessions sessions the hub had logged in the quarter when it submitted
 * @param attendances attendee rows of those sessions
 * @param onTime whether it was submitted by the quarter's deadline
 * @param reviewComment why it was returned, or why an admin reopened it
 */
public record Submission(
    UUID hubId,
    String hubCode,
    String hubName,
    String oblast,
    Quarter quarter,
    SubmissionState state,
    boolean nil,
    NilReason reason,
    String note,
    int sessions,
    int attendances,
    Instant submittedAt,
    String submittedBy,
    boolean onTime,
    Instant reviewedAt,
    String reviewedBy,
    String reviewComment,
    long version) {}
