package org.hubops.api.hubs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hubops.api.cycle.QuarterGuard;
import org.hubops.api.platform.Violations;
import org.hubops.model.HubStatus;
import org.hubops.model.rest.Hub;
import org.jdbi.v3.core.Handle;

/**
 * Keeps a hub's status history true to the calendar: a change dated as the client says (a library
 * closed since last month is often recorded weeks later), or today. The dates decide which hubs a
 * past quarter expected, so none may lie in the future, before the hub opened, before the change it
 * follows, or in a locked quarter (whose expected hubs are final).
 */
final class StatusDates {

  private final HubDao hubs;
  private final QuarterGuard locks;
  private final Violations violations;
  private final LocalDate today;

  StatusDates(Handle handle, UUID hubId, Violations violations, LocalDate today) {
    this.hubs = handle.attach(HubDao.class);
    this.locks = QuarterGuard.of(handle, hubId);
    this.violations = violations;
    this.today = today;
  }

  /**
   * The history of a new hub: active from its opening and, when it is registered in another status
   * with the date that status began, that status from then; an undated one counts from the opening.
   */
  List<Change> ofNew(Hub hub) {
    LocalDate since = hub.statusSince();
    if (hub.status() == HubStatus.ACTIVE || since == null || since.equals(hub.openedOn())) {
      return List.of(new Change(hub.status(), hub.openedOn()));
    }
    if (valid(since, hub.openedOn(), null)) {
      return List.of(new Change(HubStatus.ACTIVE, hub.openedOn()), new Change(hub.status(), since));
    }
    return List.of();
  }

  /**
   * What an update does to the history: a new change when the status changed (dated as given, else
   * today), a corrected date when only {@code statusSince} differs, else nothing.
   */
  Optional<Runnable> ofUpdate(Hub current, Hub hub, Instant now, String actor) {
    LocalDate given = hub.statusSince();
    if (current.status() != hub.status()) {
      // A client that sends back the hub it read, with a new status, sends the old status's date:
      // that dates nothing, and the change counts from today.
      boolean dated = given != null && !given.equals(current.statusSince());
      LocalDate since = dated ? given : today;
      if (!valid(since, hub.openedOn(), current.statusSince())) {
        return Optional.empty();
      }
      return Optional.of(
          () -> hubs.recordStatus(UUID.randomUUID(), hub.id(), hub.status(), since, now, actor));
    }
    if (given == null || given.equals(current.statusSince())) {
      return Optional.empty();
    }
    List<HubDao.StatusRow> latest = hubs.latestStatuses(hub.id());
    if (latest.isEmpty()) {
      return Optional.empty();
    }
    LocalDate before = latest.size() > 1 ? latest.get(1).since() : null;
    locked(latest.get(0).since());
    if (!valid(given, hub.openedOn(), before)) {
      return Optional.empty();
    }
    UUID row = latest.get(0).id();
    return Optional.of(() -> hubs.redateStatus(row, given));
  }

  /** Whether {@code since} can date a status following the one that began {@code previous}. */
  private boolean valid(LocalDate since, LocalDate openedOn, LocalDate previous) {
    int before = violations.errors().size();
    violations.notInFuture("statusSince", since, today);
    if (openedOn != null && since.isBefore(openedOn)) {
      violations.add("statusSince", "validation.dateBeforeOpening", openedOn.toString());
    } else if (previous != null && since.isBefore(previous)) {
      violations.add("statusSince", "validation.beforeStatusSince", previous.toString());
    }
    locked(since);
    return violations.errors().size() == before;
  }

  private void locked(LocalDate date) {
    locks
        .lockedQuarterOf(date)
        .ifPresent(q -> violations.add("statusSince", "validation.statusInLockedQuarter", q));
  }

  /** One dated status of a hub's history. */
  record Change(HubStatus status, LocalDate since) {}
}
