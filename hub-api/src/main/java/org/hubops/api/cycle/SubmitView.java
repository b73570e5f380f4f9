package org.hubops.api.cycle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hubops.api.web.FormData;
import org.hubops.api.web.FormErrors;
import org.hubops.api.web.HubPageView;
import org.hubops.api.web.Option;
import org.hubops.api.web.Paths;
import org.hubops.api.web.Quarters;
import org.hubops.api.web.Visitor;
import org.hubops.api.web.WebText;
import org.hubops.model.NilReason;
import org.hubops.model.Quarter;
import org.hubops.model.SubmissionState;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.QuarterLock;
import org.hubops.model.rest.Submission;
import org.hubops.model.rest.SubmissionChecklist;

/**
 * "Submit the quarter": what the hub logged, what a reviewer would ask about, where the submission
 * stands (and why it came back), and the form to submit or file a nil report.
 */
public final class SubmitView extends HubPageView {

  private final Quarter quarter;
  private final SubmissionChecklist checklist;
  private final Submission submission;
  private final QuarterLock lock;
  private final boolean ended;
  private final boolean saved;

  SubmitView(
      Visitor visitor,
      Hub hub,
      Quarter quarter,
      SubmissionChecklist checklist,
      Submission submission,
      QuarterLock lock,
      boolean ended,
      FormData form,
      FormErrors errors,
      boolean saved) {
    super(
        "submit.ftlh",
        visitor,
        visitor.text().get("submit.title", Quarters.name(quarter, visitor.text())),
        hub,
        form,
        errors);
    this.quarter = quarter;
    this.checklist = checklist;
    this.submission = submission;
    this.lock = lock;
    this.ended = ended;
    this.saved = saved;
  }

  /** The form's fields and their labels, for the error summary. */
  static Map<String, String> labels(WebText text) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (String field : List.of("quarter", "nil", "reason", "note")) {
      labels.put(field, text.get("submit." + field));
    }
    return labels;
  }

  public SubmissionChecklist getChecklist() {
    return checklist;
  }

  public String getSessionsHref() {
    return Paths.sessions(hub().id());
  }

  public String getEquipmentHref() {
    return Paths.equipment(hub().id());
  }

  public boolean isSubmitted() {
    return submission != null;
  }

  public String getState() {
    return submission == null ? "" : getT().label(submission.state());
  }

  public boolean isReturned() {
    return submission != null && submission.state() == SubmissionState.RETURNED;
  }

  public boolean isNilReport() {
    return submission != null && submission.nil();
  }

  public String getReason() {
    return submission == null ? "" : getT().label(submission.reason());
  }

  public String getNote() {
    return submission == null || submission.note() == null ? "" : submission.note();
  }

  public String getSubmittedAt() {
    return when(submission == null ? null : submission.submittedAt());
  }

  public String getSubmittedBy() {
    return submission == null ? "" : submission.submittedBy();
  }

  public boolean isOnTime() {
    return submission != null && submission.onTime();
  }

  public String getReviewedAt() {
    return when(submission == null ? null : submission.reviewedAt());
  }

  public String getReviewedBy() {
    return submission == null || submission.reviewedBy() == null ? "" : submission.reviewedBy();
  }

  public String getReviewComment() {
    return submission == null || submission.reviewComment() == null
        ? ""
        : submission.reviewComment();
  }

  /** Whether the quarter has ended, so that it can be submitted. */
  public boolean isEnded() {
    return ended;
  }

  public String getLastDay() {
    return quarter.lastDay().toString();
  }

  public String getLocked() {
    return lock.locked() ? getT().get("submit.locked", when(lock.lockedAt()), lock.lockedBy()) : "";
  }

  /** A first submission, or a new one after it was returned or reopened. */
  public boolean isCanSubmit() {
    return isCanWrite()
        && ended
        && (submission == null
            || submission.state() == SubmissionState.RETURNED
            || submission.state() == SubmissionState.REOPENED);
  }

  /** A hub with no session can only file a nil report; one with sessions only submit them. */
  public boolean isOnlyNil() {
    return checklist.sessions() == 0;
  }

  public List<Option> getReasons() {
    return Option.of(NilReason.class, getT());
  }

  public String getAction() {
    return Paths.submit(hub().id(), quarter);
  }

  public String getSaved() {
    return saved ? getT().get("submit.saved") : "";
  }
}
