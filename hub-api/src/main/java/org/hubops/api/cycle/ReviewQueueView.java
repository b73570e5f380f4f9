package org.hubops.api.cycle;

import java.util.List;
import org.hubops.api.web.FormData;
import org.hubops.api.web.FormErrors;
import org.hubops.api.web.Option;
import org.hubops.api.web.PageView;
import org.hubops.api.web.Paths;
import org.hubops.api.web.Quarters;
import org.hubops.api.web.Visitor;
import org.hubops.model.Quarter;
import org.hubops.model.Role;
import org.hubops.model.SubmissionState;
import org.hubops.model.report.Completeness;
import org.hubops.model.rest.Oblast;
import org.hubops.model.rest.Submission;

/**
 * The reviewers' queue of a quarter: every submission, filtered by oblast and state, each with the
 * decisions its state allows (approve, return with a comment, and for admins reopen), above the
 * quarter's completeness so the reviewer sees who has not submitted at all.
 */
public final class ReviewQueueView extends PageView {

  /** What the queue shows; a null oblast or state shows all. */
  record Filters(Quarter quarter, String oblast, SubmissionState state) {
    String href() {
      return Paths.submissions(quarter)
          + (oblast == null ? "" : "&oblast=" + oblast)
          + (state == null ? "" : "&state=" + state);
    }
  }

  /** One submission, with what the page needs to show and decide on it. */
  public record Row(
      String anchor,
      String hubHref,
      String hubCode,
      String hubName,
      String oblast,
      String state,
      String statement,
      int sessions,
      int attendances,
      String submitted,
      boolean late,
      String comment,
      boolean canApprove,
      boolean canReturn,
      boolean canReopen,
      String approve,
      String sendBack,
      String reopen) {}

  private final Filters filters;
  private final List<Quarter> quarters;
  private final List<Oblast> oblasts;
  private final List<Submission> submissions;
  private final Completeness completeness;
  private final FormErrors errors;

  ReviewQueueView(
      Visitor visitor,
      Filters filters,
      List<Quarter> quarters,
      List<Oblast> oblasts,
      List<Submission> submissions,
      Completeness completeness,
      String notice,
      FormErrors errors) {
    super(
        "submissions.ftlh",
        visitor,
        visitor.text().get("review.title", Quarters.name(filters.quarter(), visitor.text())));
    this.filters = filters;
    this.quarters = quarters;
    this.oblasts = oblasts;
    this.submissions = submissions;
    this.completeness = completeness;
    setNotice(notice);
    this.errors = errors;
  }

  public List<Row> getRows() {
    boolean admin = visitor().caller().is(Role.ADMIN);
    return submissions.stream().map(s -> row(s, admin)).toList();
  }

  private Row row(Submission s, boolean admin) {
    SubmissionState state = s.state();
    boolean standing = state == SubmissionState.SUBMITTED || state == SubmissionState.APPROVED;
    return new Row(
        s.hubCode(),
        Paths.hub(s.hubId()),
        s.hubCode(),
        s.hubName(),
        oblastName(s.oblast()),
        getT().label(state),
        s.nil() ? getT().get("review.nil", getT().label(s.reason())) : "",
        s.sessions(),
        s.attendances(),
        when(s.submittedAt()),
        !s.onTime(),
        s.reviewComment() == null ? "" : s.reviewComment(),
        state == SubmissionState.SUBMITTED,
        standing,
        admin && state != SubmissionState.REOPENED,
        Paths.decision(s.hubId(), filters.quarter(), "approve"),
        Paths.decision(s.hubId(), filters.quarter(), "return"),
        Paths.decision(s.hubId(), filters.quarter(), "reopen"));
  }

  private String oblastName(String code) {
    boolean english = "en".equals(getLang());
    return oblasts.stream()
        .filter(o -> o.code().equals(code))
        .map(o -> english ? o.nameEn() : o.nameUk())
        .findFirst()
        .orElse(code);
  }

  public List<Option> getQuarters() {
    return quarters.stream().map(q -> new Option(q.toString(), Quarters.name(q, getT()))).toList();
  }

  public List<Option> getOblasts() {
    return oblasts.stream().map(o -> new Option(o.code(), oblastName(o.code()))).toList();
  }

  public List<Option> getStates() {
    return Option.of(SubmissionState.class, getT());
  }

  public String getQuarter() {
    return filters.quarter().toString();
  }

  public String getOblast() {
    return filters.oblast() == null ? "" : filters.oblast();
  }

  public String getStateFilter() {
    return filters.state() == null ? "" : filters.state().name();
  }

  public Completeness getCompleteness() {
    return completeness;
  }

  /** Staff look at the country or one oblast; a regional officer at one of their oblasts. */
  public boolean isStaff() {
    return !visitor().caller().is(Role.REGIONAL);
  }

  public String getLockHref() {
    return Paths.quarter(filters.quarter());
  }

  public FormErrors getErrors() {
    return errors;
  }

  /** The filters' form is plain GET: its fields keep what was chosen. */
  public FormData getForm() {
    return FormData.empty()
        .put("quarter", getQuarter())
        .put("oblast", getOblast())
        .put("state", getStateFilter());
  }
}
