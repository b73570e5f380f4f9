package org.hubops.api.equipment;

import static org.hubops.api.platform.Text.clean;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.hubops.api.audit.AuditAction;
import org.hubops.api.audit.AuditEntity;
import org.hubops.api.audit.AuditLog;
import org.hubops.api.platform.InvalidInputException;
import org.hubops.api.platform.Messages;
import org.hubops.api.platform.Violations;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.Kyiv;
import org.hubops.model.rest.CheckDue;
import org.hubops.model.rest.Equipment;
import org.hubops.model.rest.EquipmentCheck;
import org.hubops.model.rest.EquipmentEvent;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Problem.FieldError;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Physical checks of equipment and the items whose check is due. A check that does not find an item
 * moves it to LOST, and one that finds a lost item brings it back into service, each as a status
 * change in its history, so "where did it go" has an answer with a date and a name.
 */
public record EquipmentChecks(Jdbi jdbi, Clock clock, AuditLog audit, int intervalMonths) {

  /** How far ahead a check counts as due before it is overdue. */
  static final int DUE_WITHIN_DAYS = 30;

  /** Records a check, sets the item's last check, and moves a missing item to LOST. */
  public EquipmentCheck record(
      Hub hub, UUID id, EquipmentCheck input, String actor, Messages messages) {
    LocalDate today = Kyiv.today(clock);
    return jdbi.inTransaction(handle -> record(handle, hub, id, input, today, actor, messages));
  }

  /**
   * Records the checks of several items of {@code hub} (a coordinator's round with the check page),
   * all or none: a check that breaks a rule is reported under {@code fieldOf} its item, with the
   * others', and nothing is stored. Returns how many were recorded.
   */
  public int recordAll(
      Hub hub,
      Map<UUID, EquipmentCheck> checks,
      Function<UUID, String> fieldOf,
      String actor,
      Messages messages) {
    LocalDate today = Kyiv.today(clock);
    return jdbi.inTransaction(
        handle -> {
          List<FieldError> errors = new ArrayList<>();
          for (Map.Entry<UUID, EquipmentCheck> check : checks.entrySet()) {
            try {
              record(handle, hub, check.getKey(), check.getValue(), today, actor, messages);
            } catch (InvalidInputException e) {
              e.errors()
                  .forEach(
                      error ->
                          errors.add(
                              new FieldError(fieldOf.apply(check.getKey()), error.message())));
            }
          }
          if (!errors.isEmpty()) {
            throw new InvalidInputException(
                messages.get("validation.summary", errors.size()), errors);
          }
          return checks.size();
        });
  }

  private EquipmentCheck record(
      Handle handle,
      Hub hub,
      UUID id,
      EquipmentCheck input,
      LocalDate today,
      String actor,
      Messages messages) {
    LocalDate date = input.date() == null ? today : input.date();
    EquipmentDao dao = handle.attach(EquipmentDao.class);
    Equipment before = EquipmentService.find(dao, hub, id);
    Violations violations = new Violations(messages);
    violations.notInFuture("date", date, today);
    if (before.acquiredOn() != null && date.isBefore(before.acquiredOn())) {
      violations.add("date", "validation.beforeAcquired", before.acquiredOn().toString());
    }
    if (violations.required("found", input.found())) {
      if (input.found() && input.condition() == null) {
        violations.add("condition", "validation.required");
      } else if (!input.found() && input.condition() != null) {
        violations.add("condition", "validation.conditionOfMissing");
      }
    }
    violations.maxLength("note", input.note(), 500);
    violations.throwIfAny();
    EquipmentCheck check =
        new EquipmentCheck(
            UUID.randomUUID(),
            id,
            date,
            input.found(),
            input.condition(),
            clean(input.note()),
            actor,
            clock.instant());
    dao.insertCheck(check);
    dao.markChecked(id, date, clock.instant());
    if (!input.found()) {
      // An item cannot be mended where it is not: its repair ends on the day it was missed.
      EquipmentRepairs.endWithLoss(
          handle,
          id,
          date,
          messages.get("equipment.lostUnderRepair", date.toString()),
          actor,
          clock.instant());
    }
    EquipmentStatus after = statusAfter(before.status(), input.found());
    if (after != before.status()) {
      Equipment current = dao.find(hub.id(), id).orElseThrow();
      dao.changeStatus(id, current.version(), after, date, clock.instant());
      dao.insertEvent(
          new EquipmentEvent(
              UUID.randomUUID(),
              id,
              date,
              before.status(),
              after,
              messages.get(input.found() ? "equipment.foundAgain" : "equipment.notFound"),
              actor,
              clock.instant()));
    }
    Equipment stored = dao.find(hub.id(), id).orElseThrow();
    audit.record(handle, actor, AuditEntity.EQUIPMENT, id, AuditAction.UPDATE, before, stored);
    return check;
  }

  /** Not found: lost, unless it is already gone for good; found again: back in service. */
  private static EquipmentStatus statusAfter(EquipmentStatus status, boolean found) {
    if (!found) {
      return status == EquipmentStatus.WRITTEN_OFF ? status : EquipmentStatus.LOST;
    }
    return status == EquipmentStatus.LOST ? EquipmentStatus.IN_SERVICE : status;
  }

  public List<EquipmentCheck> checks(Hub hub, UUID id) {
    return jdbi.withExtension(
        EquipmentDao.class,
        dao -> {
          EquipmentService.find(dao, hub, id);
          return dao.checks(id);
        });
  }

  /**
   * Items whose check is due within a month or overdue, of one hub or of one oblast (null: all):
   * those in service, under repair or broken; lost and written-off items are not looked for.
   */
  public List<CheckDue> due(UUID hubId, String oblast) {
    LocalDate today = Kyiv.today(clock);
    return due(hubId, oblast, today.plusDays(DUE_WITHIN_DAYS).minusMonths(intervalMonths), today);
  }

  /**
   * Every item of the hub a check round looks for (in service, under repair or broken), due or not,
   * by inventory number: the list of the check page.
   */
  public List<CheckDue> round(UUID hubId) {
    LocalDate today = Kyiv.today(clock);
    return due(hubId, null, today.plusYears(1000), today).stream()
        .sorted(java.util.Comparator.comparing(CheckDue::inventoryNumber))
        .toList();
  }

  private List<CheckDue> due(UUID hubId, String oblast, LocalDate dueBefore, LocalDate today) {
    return jdbi
        .withExtension(EquipmentDao.class, dao -> dao.unchecked(dueBefore, hubId, oblast))
        .stream()
        .map(
            u -> {
              LocalDate dueOn = u.countedFrom().plusMonths(intervalMonths);
              return new CheckDue(
                  u.hubCode(),
                  u.oblast(),
                  u.equipmentId(),
                  u.inventoryNumber(),
                  u.category(),
                  u.model(),
                  u.fundingSource(),
                  u.status(),
                  u.lastCheckedOn(),
                  dueOn,
                  dueOn.isBefore(today));
            })
        .toList();
  }
}
