package org.hubops.model.rest;

import org.hubops.model.NilReason;

/**
 * A hub's submission of one quarter ({@code PUT /hubs/{hubId}/submissions/{YYYY-Qn}}): its figures
 * as logged, or, with {@code nil}, a statement that it had nothing to report and why.
 *
 * @param nil true for a nil report; {@code reason} is then required
 * @param reason why there was nothing to report
 * @param note free text: for a nil report what happened, otherwise anything the reviewer should
 *     know
 */
public record SubmissionRequest(Boolean nil, NilReason reason, String note) {

  public boolean isNil() {
    return Boolean.TRUE.equals(nil);
  }
}
