package org.hubops.model.rest;

import org.hubops.model.Quarter;

/**
 * What a coordinator sees before submitting a quarter ({@code GET
 * /hubs/{hubId}/submissions/{YYYY-Qn}/checklist}): the figures the submission would record and what
 * a reviewer would ask about. None of it stops a submission; each is a question worth a look.
 *
 * @param sessions sessions logged in the quarter
 * @param attendances attendee rows of those sessions
 * @param withoutAttendees sessions that count nobody (forgotten attendance, or a cancelled class)
 * @param lateEntries sessions of the quarter entered after it had ended
 * @param equipmentUnchecked the hub's items in service not checked in the last twelve months (or
 *     never): asked at submission, since that is when someone is there to look
 */
public record SubmissionChecklist(
    Quarter quarter,
    int sessions,
    int attendances,
    int withoutAttendees,
    int lateEntries,
    int equipmentUnchecked) {

  /** Whether anything on the list deserves a look. */
  public boolean needsAttention() {
    return withoutAttendees > 0 || lateEntries > 0 || equipmentUnchecked > 0;
  }
}
