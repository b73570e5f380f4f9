package org.hubops.api.equipment;

import static org.hubops.api.platform.Text.clean;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hubops.api.audit.AuditAction;
import org.hubops.api.audit.AuditEntity;
import org.hubops.api.audit.AuditLog;
import org.hubops.api.platform.Messages;
import org.hubops.api.platform.PageRequest;
import org.hubops.api.platform.ProblemException;
import org.hubops.api.platform.Violations;
import org.hubops.model.EquipmentCategory;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.Kyiv;
import org.hubops.model.rest.Equipment;
import org.hubops.model.rest.EquipmentEvent;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Page;
import org.hubops.model.rest.StatusChange;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Keeps a hub's equipment. The status is the one field a plain edit may not touch: it changes only
 * through {@link #changeStatus}, which writes the change and its history event in one transaction,
 * so the history always explains the current status.
 */
public final class EquipmentService {

  private static final String STATUS_BY_CHANGE = "validation.statusByChange";

  private final Jdbi jdbi;
  private final Clock clock;
  private final AuditLog audit;

  public EquipmentService(Jdbi jdbi, Clock clock, AuditLog audit) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.audit = audit;
  }

  public Page<Equipment> list(
      Hub hub, EquipmentStatus status, EquipmentCategory category, PageRequest paging) {
    return jdbi.inTransaction(
        handle -> {
          EquipmentDao dao = handle.attach(EquipmentDao.class);
          return new Page<>(
              dao.list(hub.id(), status, category, paging.size(), paging.offset()),
              paging.page(),
              paging.size(),
              dao.count(hub.id(), status, category));
        });
  }

  /**
   * Every item of {@code hub}, on the caller's handle: what an import reads once, in its own
   * transaction, to find the items its file names.
   */
  public static List<Equipment> all(Handle handle, Hub hub) {
    return handle.attach(EquipmentDao.class).list(hub.id(), null, null, Integer.MAX_VALUE, 0);
  }

  /** Whether any hub's item has the id, on the caller's handle. */
  public static boolean exists(Handle handle, UUID id) {
    return handle.attach(EquipmentDao.class).exists(id);
  }

  /** An item of {@code hub}; another hub's is as absent as a missing one. */
  public Equipment get(Hub hub, UUID id) {
    return jdbi.withExtension(EquipmentDao.class, dao -> find(dao, hub, id));
  }

  /** Oldest first, starting with the event made when the item was registered. */
  public List<EquipmentEvent> history(Hub hub, UUID id) {
    return jdbi.inTransaction(
        handle -> {
          EquipmentDao dao = handle.attach(EquipmentDao.class);
          return dao.history(find(dao, hub, id).id());
        });
  }

  /** Registers the item, IN_SERVICE unless told otherwise, since it was acquired (or today). */
  public Equipment create(Hub hub, Equipment input, String actor, Messages messages) {
    LocalDate today = Kyiv.today(clock);
    UUID id = input.id() == null ? UUID.randomUUID() : input.id();
    EquipmentStatus status = input.status() == null ? EquipmentStatus.IN_SERVICE : input.status();
    LocalDate since = input.acquiredOn() == null ? today : input.acquiredOn();
    Equipment item = normalized(input, id, hub.id(), status, since, 1L);
    try {
      return jdbi.inTransaction(
          handle -> {
            EquipmentDao dao = handle.attach(EquipmentDao.class);
            if (dao.exists(id)) {
              throw ProblemException.conflict("Equipment " + id + " exists");
            }
            Violations violations = new Violations(messages);
            violations.matchesIfGiven("hubId", input.hubId(), hub.id(), "validation.idMismatch");
            violations.matchesIfGiven("statusSince", input.statusSince(), since, STATUS_BY_CHANGE);
            EquipmentRules.check(item, today, dao, violations);
            violations.throwIfAny();
            dao.insert(item, clock.instant(), actor);
            dao.insertEvent(event(id, since, null, status, null, actor));
            Equipment stored = find(dao, hub, id);
            audit.created(handle, actor, AuditEntity.EQUIPMENT, id, stored);
            return stored;
          });
    } catch (RuntimeException e) {
      throw Violations.uniqueOr(e, messages, "inventoryNumber", item.inventoryNumber());
    }
  }

  /** Changes everything but the status; a body that tries to change it is told where to go. */
  public Equipment update(Hub hub, UUID id, Equipment input, String actor, Messages messages) {
    try {
      return jdbi.inTransaction(
          handle -> {
            EquipmentDao dao = handle.attach(EquipmentDao.class);
            Equipment current = find(dao, hub, id);
            Equipment item =
                normalized(
                    input, id, hub.id(), current.status(), current.statusSince(), input.version());
            Violations violations = new Violations(messages);
            violations.required("version", input.version());
            violations.matchesIfGiven("id", input.id(), id, "validation.idMismatch");
            violations.matchesIfGiven("hubId", input.hubId(), hub.id(), "validation.idMismatch");
            violations.matchesIfGiven("status", input.status(), current.status(), STATUS_BY_CHANGE);
            violations.matchesIfGiven(
                "statusSince", input.statusSince(), current.statusSince(), STATUS_BY_CHANGE);
            EquipmentRules.check(item, Kyiv.today(clock), dao, violations);
            violations.throwIfAny();
            if (dao.update(item, clock.instant()) == 0) {
              throw ProblemException.staleVersion("Equipment " + id, current.version());
            }
            Equipment stored = find(dao, hub, id);
            audit.updated(handle, actor, AuditEntity.EQUIPMENT, id, current, stored);
            return stored;
          });
    } catch (RuntimeException e) {
      throw Violations.uniqueOr(e, messages, "inventoryNumber", clean(input.inventoryNumber()));
    }
  }

  /** Moves the item to a new status and keeps the change in its history, both or neither. */
  public Equipment changeStatus(
      Hub hub, UUID id, StatusChange input, String actor, Messages messages) {
    LocalDate today = Kyiv.today(clock);
    StatusChange change =
        new StatusChange(
            input.status(),
            input.date() == null ? today : input.date(),
            clean(input.note()),
            input.version());
    return jdbi.inTransaction(
        handle -> {
          EquipmentDao dao = handle.attach(EquipmentDao.class);
          Equipment current = find(dao, hub, id);
          // A change made from a stale read is judged against a state its sender never saw
          // ("already has this status"); tell them to reload instead.
          if (change.version() != null && !change.version().equals(current.version())) {
            throw ProblemException.staleVersion("Equipment " + id, current.version());
          }
          Violations violations = new Violations(messages);
          EquipmentRules.checkChange(change, current, today, violations);
          if (handle.attach(RepairDao.class).openOf(id).isPresent()) {
            // The repair record says when it ended; a bare status change would leave it open.
            violations.add("status", "validation.closeRepair");
          }
          violations.throwIfAny();
          // Without a version the change applies to what was just read, still refused if
          // someone else changes the item in between.
          long expected = change.version() == null ? current.version() : change.version();
          if (dao.changeStatus(id, expected, change.status(), change.date(), clock.instant())
              == 0) {
            throw ProblemException.staleVersion("Equipment " + id, current.version());
          }
          dao.insertEvent(
              event(id, change.date(), current.status(), change.status(), change.note(), actor));
          Equipment stored = find(dao, hub, id);
          audit.record(
              handle, actor, AuditEntity.EQUIPMENT, id, AuditAction.STATUS_CHANGE, current, stored);
          return stored;
        });
  }

  private EquipmentEvent event(
      UUID equipmentId,
      LocalDate date,
      EquipmentStatus from,
      EquipmentStatus to,
      String note,
      String actor) {
    return new EquipmentEvent(
        UUID.randomUUID(), equipmentId, date, from, to, note, actor, clock.instant());
  }

  /** An item of {@code hub}, else 404. */
  static Equipment find(EquipmentDao dao, Hub hub, UUID id) {
    return dao.find(hub.id(), id).orElseThrow(() -> ProblemException.notFound("Equipment " + id));
  }

  private static Equipment normalized(
      Equipment in,
      UUID id,
      UUID hubId,
      EquipmentStatus status,
      LocalDate statusSince,
      Long version) {
    return new Equipment(
        id,
        hubId,
        clean(in.inventoryNumber()),
        in.category(),
        clean(in.model()),
        clean(in.serialNumber()),
        clean(in.fundingSource()),
        in.acquiredOn(),
        status,
        statusSince,
        in.lastCheckedOn(),
        clean(in.notes()),
        version,
        null,
        null);
  }
}
