package org.hubops.api.cycle;

import static org.hubops.api.platform.Text.clean;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hubops.api.audit.AuditAction;
import org.hubops.api.audit.AuditEntity;
import org.hubops.api.audit.AuditLog;
import org.hubops.api.platform.Messages;
import org.hubops.api.platform.ProblemException;
import org.hubops.api.platform.Violations;
import org.hubops.api.reports.Headcounts;
import org.hubops.api.reports.ReportScope;
import org.hubops.model.Kyiv;
import org.hubops.model.Quarter;
import org.hubops.model.SubmissionState;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Review;
import org.hubops.model.rest.Submission;
import org.hubops.model.rest.SubmissionChecklist;
import org.hubops.model.rest.SubmissionRequest;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A hub's submissions, one per quarter: submit (or file a nil report), then a reviewer approves or
 * returns it, and an admin may reopen a locked quarter for one hub. Every step is one transaction
 * and one audit entry with the submission before and after.
 */
public record SubmissionService(
    Jdbi jdbi, Clock clock, AuditLog audit, CycleConfiguration calendar) {

  private static final int NOTE_MAX = 2000;

  public Optional<Submission> find(Hub hub, Quarter quarter) {
    return jdbi.withExtension(
        CycleDao.class, dao -> dao.find(hub.id(), quarter.year(), quarter.quarter()));
  }

  public List<Submission> list(Quarter quarter, String oblast, SubmissionState state) {
    return jdbi.withExtension(
        CycleDao.class, dao -> dao.list(quarter.year(), quarter.quarter(), oblast, state));
  }

  /**
   * Records the hub's statement about {@code quarter}: its figures as logged now, or a nil report.
   * A first submission, or one after the quarter was returned or reopened; a hub that has a
   * submission under review or approved must have it returned first.
   */
  public Submission submit(
      Hub hub, Quarter quarter, SubmissionRequest request, String actor, Messages messages) {
    return jdbi.inTransaction(
        handle -> {
          CycleDao dao = handle.attach(CycleDao.class);
          Optional<Submission> current = dao.find(hub.id(), quarter.year(), quarter.quarter());
          if (current.isPresent() && counts(current.get().state())) {
            throw ProblemException.conflict(messages.get("cycle.alreadySubmitted", quarter));
          }
          LocalDate today = Kyiv.today(clock);
          CycleDao.Logged logged = logged(dao, hub, quarter);
          check(quarter, request, logged, today, messages);
          boolean onTime = !today.isAfter(calendar.deadline(quarter));
          CycleDao.Filing filing =
              new CycleDao.Filing(
                  hub.id(),
                  quarter.year(),
                  quarter.quarter(),
                  request.isNil(),
                  request.isNil() ? request.reason() : null,
                  clean(request.note()),
                  logged.sessions(),
                  logged.attendances(),
                  onTime,
                  clock.instant(),
                  actor);
          if (current.isEmpty()) {
            dao.insert(filing);
          } else {
            dao.resubmit(filing, current.get().version());
          }
          return audited(handle, actor, AuditAction.SUBMIT, hub, quarter, current.orElse(null));
        });
  }

  /** What the coordinator should look at before submitting {@code quarter}. */
  public SubmissionChecklist checklist(Hub hub, Quarter quarter) {
    return jdbi.withExtension(
        CycleDao.class,
        dao -> {
          CycleDao.Logged logged = logged(dao, hub, quarter);
          return new SubmissionChecklist(
              quarter,
              logged.sessions(),
              logged.attendances(),
              logged.withoutAttendees(),
              logged.lateEntries(),
              dao.uncheckedEquipment(hub.id(), Kyiv.today(clock).minusYears(1)));
        });
  }

  private static CycleDao.Logged logged(CycleDao dao, Hub hub, Quarter quarter) {
    Instant ended = quarter.lastDay().plusDays(1).atStartOfDay(Kyiv.ZONE).toInstant();
    return dao.logged(Headcounts.ATTENDEES, hub.id(), scope(quarter), ended);
  }

  /**
   * What a reviewer or an admin may decide about a submission: the state it moves to, the states it
   * may come from, whether it must say why, and how the audit log names it.
   */
  private enum Decision {
    APPROVE(SubmissionState.APPROVED, false, AuditAction.APPROVE, SubmissionState.SUBMITTED),
    RETURN(
        SubmissionState.RETURNED,
        true,
        AuditAction.RETURN,
        SubmissionState.SUBMITTED,
        SubmissionState.APPROVED),
    REOPEN(
        SubmissionState.REOPENED,
        true,
        AuditAction.REOPEN,
        SubmissionState.SUBMITTED,
        SubmissionState.APPROVED,
        SubmissionState.RETURNED);

    final SubmissionState next;
    final boolean needsComment;
    final AuditAction action;
    final List<SubmissionState> from;

    Decision(
        SubmissionState next, boolean needsComment, AuditAction action, SubmissionState... from) {
      this.next = next;
      this.needsComment = needsComment;
      this.action = action;
      this.from = List.of(from);
    }
  }

  /** A reviewer accepts a submission as it stands. */
  public Submission approve(Hub hub, Quarter quarter, Review review, String actor, Messages m) {
    return decide(hub, quarter, Decision.APPROVE, review, actor, m);
  }

  /** A reviewer sends a submission back with what to correct; the hub submits again. */
  public Submission sendBack(Hub hub, Quarter quarter, Review review, String actor, Messages m) {
    return decide(hub, quarter, Decision.RETURN, review, actor, m);
  }

  /**
   * An admin reopens one hub's quarter with a reason: its sessions of that quarter can be changed
   * again even while the quarter is locked, until the hub submits again.
   */
  public Submission reopen(Hub hub, Quarter quarter, Review review, String actor, Messages m) {
    return decide(hub, quarter, Decision.REOPEN, review, actor, m);
  }

  private Submission decide(
      Hub hub, Quarter quarter, Decision decision, Review review, String actor, Messages messages) {
    String comment = decision.needsComment ? required(review, messages) : comment(review);
    return jdbi.inTransaction(
        handle -> {
          CycleDao dao = handle.attach(CycleDao.class);
          Submission current =
              dao.find(hub.id(), quarter.year(), quarter.quarter())
                  .orElseThrow(
                      () -> ProblemException.conflict(messages.get("cycle.notSubmitted", quarter)));
          if (!decision.from.contains(current.state())) {
            throw ProblemException.conflict(
                messages.get("cycle.notInState", current.state().label(messages.language())));
          }
          int changed =
              dao.review(
                  hub.id(),
                  quarter.year(),
                  quarter.quarter(),
                  decision.next,
                  comment,
                  clock.instant(),
                  actor,
                  current.version());
          if (changed == 0) {
            throw ProblemException.staleVersion("Submission " + quarter, current.version());
          }
          return audited(handle, actor, decision.action, hub, quarter, current);
        });
  }

  private Submission audited(
      Handle handle,
      String actor,
      AuditAction action,
      Hub hub,
      Quarter quarter,
      Submission before) {
    Submission after =
        handle
            .attach(CycleDao.class)
            .find(hub.id(), quarter.year(), quarter.quarter())
            .orElseThrow();
    audit.record(
        handle, actor, AuditEntity.SUBMISSION, hub.id() + "/" + quarter, action, before, after);
    return after;
  }

  private static void check(
      Quarter quarter,
      SubmissionRequest request,
      CycleDao.Logged logged,
      LocalDate today,
      Messages messages) {
    Violations violations = new Violations(messages);
    if (today.isBefore(quarter.lastDay())) {
      violations.add("quarter", "cycle.quarterNotEnded", quarter, quarter.lastDay());
    }
    if (request.isNil()) {
      if (request.reason() == null) {
        violations.add("reason", "cycle.reasonRequired");
      }
      if (logged.sessions() > 0) {
        violations.add("nil", "cycle.nilWithSessions", quarter, logged.sessions());
      }
    } else if (logged.sessions() == 0) {
      violations.add("nil", "cycle.sessionsWithoutNil", quarter);
    }
    violations.maxLength("note", request.note(), NOTE_MAX);
    violations.throwIfAny();
  }

  /** Whether a submission in {@code state} stands as the hub's statement of the quarter. */
  static boolean counts(SubmissionState state) {
    return state == SubmissionState.SUBMITTED || state == SubmissionState.APPROVED;
  }

  static ReportScope scope(Quarter quarter) {
    return new ReportScope(quarter.firstDay(), quarter.lastDay(), null, null);
  }

  private static String comment(Review review) {
    return review == null ? null : clean(review.comment());
  }

  private static String required(Review review, Messages messages) {
    String comment = comment(review);
    Violations violations = new Violations(messages);
    violations.requiredText("comment", comment, NOTE_MAX);
    violations.throwIfAny();
    return comment;
  }
}
