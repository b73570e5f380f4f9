package org.hubops.api.equipment;

import static org.hubops.api.platform.Text.clean;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hubops.api.audit.AuditAction;
import org.hubops.api.audit.AuditEntity;
import org.hubops.api.audit.AuditLog;
import org.hubops.api.platform.Messages;
import org.hubops.api.platform.ProblemException;
import org.hubops.api.platform.Violations;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.Kyiv;
import org.hubops.model.rest.Equipment;
import org.hubops.model.rest.EquipmentEvent;
import org.hubops.model.rest.EquipmentRepair;
import org.hubops.model.rest.Hub;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Repairs as records: opening one moves the item to UNDER_REPAIR, closing it moves the item to what
 * the repair left it (back in service, broken, or written off), each as a status change in the
 * item's history, in the transaction that writes the repair.
 */
public record EquipmentRepairs(Jdbi jdbi, Clock clock, AuditLog audit) {

  /** What a closed repair can leave an item in. */
  static final Set<EquipmentStatus> OUTCOMES =
      EnumSet.of(EquipmentStatus.IN_SERVICE, EquipmentStatus.BROKEN, EquipmentStatus.WRITTEN_OFF);

  /** A cost above this is a typing error (hryvnias; the column holds 12 digits). */
  static final BigDecimal MAX_COST = new BigDecimal("9999999999.99");

  /** Opens a repair of an item in service or broken, which goes UNDER_REPAIR from that day. */
  public EquipmentRepair open(
      Hub hub, UUID id, EquipmentRepair input, String actor, Messages messages) {
    LocalDate today = Kyiv.today(clock);
    LocalDate opened = input.openedOn() == null ? today : input.openedOn();
    return jdbi.inTransaction(
        handle -> {
          EquipmentDao items = handle.attach(EquipmentDao.class);
          RepairDao repairs = handle.attach(RepairDao.class);
          Equipment before = EquipmentService.find(items, hub, id);
          if (repairs.openOf(id).isPresent()) {
            throw ProblemException.conflict(messages.get("equipment.repairOpen"));
          }
          Violations violations = new Violations(messages);
          violations.notInFuture("openedOn", opened, today);
          if (opened.isBefore(before.statusSince())) {
            violations.add(
                "openedOn", "validation.beforeStatusSince", before.statusSince().toString());
          }
          if (before.status() == EquipmentStatus.LOST
              || before.status() == EquipmentStatus.WRITTEN_OFF) {
            violations.add("equipmentId", "validation.repairOfGone", before.status().name());
          }
          String problem = clean(input.problem());
          violations.requiredText("problem", problem, EquipmentRules.MAX_NOTE);
          violations.throwIfAny();
          EquipmentRepair repair =
              new EquipmentRepair(
                  UUID.randomUUID(),
                  id,
                  opened,
                  problem,
                  actor,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null);
          repairs.open(repair, clock.instant());
          move(handle, hub, before, EquipmentStatus.UNDER_REPAIR, opened, problem, actor);
          return repairs.find(id, repair.id()).orElseThrow();
        });
  }

  /** Closes an open repair; the item takes the repair's outcome from the day it closed. */
  public EquipmentRepair close(
      Hub hub, UUID id, UUID repairId, EquipmentRepair input, String actor, Messages messages) {
    LocalDate today = Kyiv.today(clock);
    LocalDate closed = input.closedOn() == null ? today : input.closedOn();
    EquipmentStatus outcome =
        input.outcome() == null ? EquipmentStatus.IN_SERVICE : input.outcome();
    return jdbi.inTransaction(
        handle -> {
          EquipmentDao items = handle.attach(EquipmentDao.class);
          RepairDao repairs = handle.attach(RepairDao.class);
          Equipment before = EquipmentService.find(items, hub, id);
          EquipmentRepair current =
              repairs
                  .find(id, repairId)
                  .orElseThrow(() -> ProblemException.notFound("Repair " + repairId));
          if (!current.open()) {
            throw ProblemException.conflict(messages.get("equipment.repairClosed"));
          }
          if (input.version() != null && !input.version().equals(current.version())) {
            throw ProblemException.staleVersion("Repair " + repairId, current.version());
          }
          Violations violations = new Violations(messages);
          violations.notInFuture("closedOn", closed, today);
          if (closed.isBefore(current.openedOn())) {
            violations.add("closedOn", "validation.beforeRepairOpened", current.openedOn());
          }
          String work = clean(input.workDone());
          violations.requiredText("workDone", work, EquipmentRules.MAX_NOTE);
          if (input.cost() != null
              && (input.cost().signum() < 0
                  || input.cost().compareTo(MAX_COST) > 0
                  || input.cost().stripTrailingZeros().scale() > 2)) {
            violations.add("cost", "validation.cost", MAX_COST.toPlainString());
          }
          if (!OUTCOMES.contains(outcome)) {
            violations.add("outcome", "validation.unknownValue", "IN_SERVICE, BROKEN, WRITTEN_OFF");
          }
          violations.throwIfAny();
          EquipmentRepair done =
              new EquipmentRepair(
                  repairId,
                  id,
                  current.openedOn(),
                  current.problem(),
                  current.openedBy(),
                  closed,
                  work,
                  input.cost(),
                  outcome,
                  actor,
                  current.version(),
                  null,
                  null);
          if (repairs.close(done, clock.instant()) == 0) {
            throw ProblemException.conflict(messages.get("equipment.repairClosed"));
          }
          if (before.status() != outcome) {
            LocalDate since = closed.isBefore(before.statusSince()) ? before.statusSince() : closed;
            move(handle, hub, before, outcome, since, work, actor);
          }
          return repairs.find(id, repairId).orElseThrow();
        });
  }

  /**
   * Closes the item's open repair, if any, as ended by a check that did not find it: on {@code
   * date} (or the day it opened, for a check dated before), the outcome LOST, {@code note} as what
   * was done. The check moves the item itself to LOST with its history event.
   */
  static void endWithLoss(
      Handle handle, UUID item, LocalDate date, String note, String actor, Instant now) {
    RepairDao repairs = handle.attach(RepairDao.class);
    repairs
        .openOf(item)
        .ifPresent(
            open ->
                repairs.close(
                    new EquipmentRepair(
                        open.id(),
                        item,
                        open.openedOn(),
                        open.problem(),
                        open.openedBy(),
                        date.isBefore(open.openedOn()) ? open.openedOn() : date,
                        note,
                        null,
                        EquipmentStatus.LOST,
                        actor,
                        open.version(),
                        null,
                        null),
                    now));
  }

  /** The item's repairs, the latest first. */
  public List<EquipmentRepair> of(Hub hub, UUID id) {
    return jdbi.inTransaction(
        handle -> {
          EquipmentService.find(handle.attach(EquipmentDao.class), hub, id);
          return handle.attach(RepairDao.class).of(id);
        });
  }

  /** Moves the item to {@code to} with a history event, unless it already is there. */
  private void move(
      Handle handle,
      Hub hub,
      Equipment before,
      EquipmentStatus to,
      LocalDate date,
      String note,
      String actor) {
    if (before.status() == to) {
      return;
    }
    EquipmentDao items = handle.attach(EquipmentDao.class);
    if (items.changeStatus(before.id(), before.version(), to, date, clock.instant()) == 0) {
      throw ProblemException.staleVersion("Equipment " + before.id(), before.version());
    }
    items.insertEvent(
        new EquipmentEvent(
            UUID.randomUUID(),
            before.id(),
            date,
            before.status(),
            to,
            note,
            actor,
            clock.instant()));
    Equipment after = EquipmentService.find(items, hub, before.id());
    audit.record(
        handle,
        actor,
        AuditEntity.EQUIPMENT,
        before.id(),
        AuditAction.STATUS_CHANGE,
        before,
        after);
  }
}
