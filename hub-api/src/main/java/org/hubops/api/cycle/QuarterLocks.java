package org.hubops.api.cycle;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.hubops.api.audit.AuditAction;
import org.hubops.api.audit.AuditEntity;
import org.hubops.api.audit.AuditLog;
import org.hubops.api.platform.Messages;
import org.hubops.api.platform.ProblemException;
import org.hubops.api.reports.ReportService;
import org.hubops.model.Quarter;
import org.hubops.model.report.ReportStatus;
import org.hubops.model.rest.QuarterLock;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Locks and unlocks quarters. Locking stops every write of the quarter's sessions ({@link
 * QuarterGuard}) and freezes its datasets in the same transaction, so every later report of the
 * quarter carries the figures of that moment. Locking a locked quarter again freezes it anew: after
 * an admin reopened a hub and the hub submitted again, the new frozen figures hold its correction.
 */
public record QuarterLocks(Jdbi jdbi, Clock clock, AuditLog audit, ReportService reports) {

  public QuarterLock status(Quarter quarter) {
    return jdbi.withExtension(
        CycleDao.class, dao -> lockOf(quarter, dao.lock(quarter.year(), quarter.quarter())));
  }

  public QuarterLock lock(Quarter quarter, String actor) {
    // Repeatable read: the frozen datasets are one consistent picture of the quarter.
    return jdbi.inTransaction(
        TransactionIsolationLevel.REPEATABLE_READ,
        handle -> {
          CycleDao dao = handle.attach(CycleDao.class);
          Optional<CycleDao.LockRow> before = dao.lock(quarter.year(), quarter.quarter());
          Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
          if (before.isPresent()) {
            dao.relock(quarter.year(), quarter.quarter(), now, actor);
          } else {
            dao.insertLock(quarter.year(), quarter.quarter(), now, actor);
          }
          reports.freeze(handle, quarter, ReportStatus.lockedBy(actor, now));
          QuarterLock after = new QuarterLock(quarter, true, now, actor);
          audit.record(
              handle,
              actor,
              AuditEntity.QUARTER_LOCK,
              quarter,
              AuditAction.LOCK,
              before.isPresent() ? lockOf(quarter, before) : null,
              after);
          return after;
        });
  }

  /** Opens a locked quarter again for every hub (admins only): its datasets are live again. */
  public QuarterLock unlock(Quarter quarter, String actor, Messages messages) {
    return jdbi.inTransaction(
        handle -> {
          CycleDao dao = handle.attach(CycleDao.class);
          Optional<CycleDao.LockRow> before = dao.lock(quarter.year(), quarter.quarter());
          if (before.isEmpty()) {
            throw ProblemException.conflict(messages.get("cycle.notLocked", quarter));
          }
          dao.deleteLock(quarter.year(), quarter.quarter());
          reports.thaw(handle, quarter);
          QuarterLock after = QuarterLock.open(quarter);
          audit.record(
              handle,
              actor,
              AuditEntity.QUARTER_LOCK,
              quarter,
              AuditAction.UNLOCK,
              lockOf(quarter, before),
              after);
          return after;
        });
  }

  private static QuarterLock lockOf(Quarter quarter, Optional<CycleDao.LockRow> row) {
    return row.map(l -> new QuarterLock(quarter, true, l.lockedAt(), l.lockedBy()))
        .orElseGet(() -> QuarterLock.open(quarter));
  }
}
