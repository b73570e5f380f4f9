package org.hubops.api.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.hubops.api.equipment.EquipmentChecks;
import org.hubops.api.equipment.EquipmentRepairs;
import org.hubops.api.equipment.EquipmentService;
import org.hubops.api.platform.Messages;
import org.hubops.model.EquipmentCategory;
import org.hubops.model.EquipmentCondition;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.rest.Equipment;
import org.hubops.model.rest.EquipmentCheck;
import org.hubops.model.rest.EquipmentRepair;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.StatusChange;

/**
 * A hub's equipment: laptops and a projector from donor programmes, with the records an audit and a
 * repair leave: most items checked on arrival, about half of the hubs doing a check round in the
 * period (so some items are never checked and fall overdue), some items breaking and going for
 * repairs that come back or are still open, a few found missing at a check. Each change is made
 * once, on its day, through the services a coordinator's requests go through.
 */
record DemoEquipment(
    Random random,
    EquipmentService equipment,
    EquipmentChecks checks,
    EquipmentRepairs repairs,
    ReplayClock clock,
    Messages messages) {

  private static final String[] FUNDERS = {
    "Програма «Цифрова освіта»", "EU4DigitalUA", "Фонд «Відродження»", "Бюджет громади"
  };
  private static final EquipmentCategory[] KINDS = {
    EquipmentCategory.LAPTOP, EquipmentCategory.LAPTOP, EquipmentCategory.LAPTOP,
    EquipmentCategory.TABLET, EquipmentCategory.PROJECTOR, EquipmentCategory.ROUTER,
    EquipmentCategory.PRINTER, EquipmentCategory.DESKTOP
  };

  /** What happens to an item (or, for a round, to the hub's items) on a planned day. */
  private enum Step {
    BREAKS,
    GOES_FOR_REPAIR,
    COMES_BACK,
    MISSED_AT_CHECK,
    CHECK_ROUND
  }

  private record Change(UUID item, Step step) {}

  /**
   * Registers {@code count} items bought before {@code from} and plans what befalls them; the hub's
   * inventory makes the planned changes day by day.
   */
  Inventory register(Hub hub, int count, LocalDate from, LocalDate until, String actor) {
    Inventory inventory = new Inventory(hub, actor);
    int days = (int) ChronoUnit.DAYS.between(from, until);
    for (int i = 1; i <= count; i++) {
      EquipmentCategory category = KINDS[random.nextInt(KINDS.length)];
      LocalDate acquired = from.minusDays(30 + random.nextInt(400));
      clock.set(acquired.atTime(10, 0).toInstant(ZoneOffset.UTC));
      Equipment item =
          equipment.create(
              hub,
              new Equipment(
                  null,
                  null,
                  String.format("INV-%04d", i),
                  category,
                  category == EquipmentCategory.LAPTOP ? "Lenovo IdeaPad 3" : null,
                  String.format("SN%08d", random.nextInt(100_000_000)),
                  FUNDERS[random.nextInt(FUNDERS.length)],
                  acquired,
                  EquipmentStatus.IN_SERVICE,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null),
              actor,
              messages);
      inventory.statusOf.put(item.id(), EquipmentStatus.IN_SERVICE);
      // Most items are checked as they arrive; the rest wait for a round, or for ever.
      if (random.nextInt(100) < 60) {
        inventory.check(item.id(), acquired, true);
      }
      int fate = random.nextInt(100);
      LocalDate breaks = from.plusDays(random.nextInt(days + 1));
      if (fate < 20) {
        inventory.plan(breaks, item.id(), Step.BREAKS);
        if (fate < 12) {
          LocalDate away = breaks.plusDays(3);
          inventory.plan(away, item.id(), Step.GOES_FOR_REPAIR);
          // Two in three come back within a month; the others are still in the workshop.
          if (fate < 8) {
            inventory.plan(away.plusDays(5 + random.nextInt(25)), item.id(), Step.COMES_BACK);
          }
        }
      } else if (fate < 23) {
        inventory.plan(breaks, item.id(), Step.MISSED_AT_CHECK);
      }
    }
    if (random.nextBoolean()) {
      inventory.plan(from.plusDays(random.nextInt(days + 1)), null, Step.CHECK_ROUND);
    }
    return inventory;
  }

  /** A hub's items as the demo knows them, and the changes planned for them. */
  final class Inventory {

    private final Hub hub;
    private final String actor;
    private final Map<UUID, EquipmentStatus> statusOf = new HashMap<>();
    private final Map<UUID, UUID> openRepairOf = new HashMap<>();
    private final Map<LocalDate, List<Change>> changes = new HashMap<>();

    private Inventory(Hub hub, String actor) {
      this.hub = hub;
      this.actor = actor;
    }

    /**
     * Makes the changes planned for {@code day}, once, whether or not the hub teaches that day;
     * returns the items usable that day.
     */
    List<UUID> on(LocalDate day) {
      clock.set(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
      for (Change change : changes.getOrDefault(day, List.of())) {
        apply(change, day);
      }
      List<UUID> usable = new ArrayList<>();
      statusOf.forEach(
          (id, status) -> {
            if (status == EquipmentStatus.IN_SERVICE) {
              usable.add(id);
            }
          });
      usable.sort(null);
      return usable;
    }

    private void apply(Change change, LocalDate day) {
      UUID item = change.item();
      switch (change.step()) {
        case BREAKS -> {
          if (statusOf.get(item) == EquipmentStatus.IN_SERVICE) {
            equipment.changeStatus(
                hub,
                item,
                new StatusChange(EquipmentStatus.BROKEN, day, "Не вмикається", null),
                actor,
                messages);
            statusOf.put(item, EquipmentStatus.BROKEN);
          }
        }
        case GOES_FOR_REPAIR -> {
          if (statusOf.get(item) == EquipmentStatus.BROKEN) {
            EquipmentRepair repair =
                repairs.open(
                    hub,
                    item,
                    EquipmentRepair.opening(day, "Не вмикається: передано в сервіс"),
                    actor,
                    messages);
            openRepairOf.put(item, repair.id());
            statusOf.put(item, EquipmentStatus.UNDER_REPAIR);
          }
        }
        case COMES_BACK -> {
          UUID repair = openRepairOf.remove(item);
          if (repair != null) {
            repairs.close(
                hub,
                item,
                repair,
                EquipmentRepair.closing(
                    day,
                    "Замінено блок живлення",
                    BigDecimal.valueOf(400 + 50 * random.nextInt(20)),
                    EquipmentStatus.IN_SERVICE),
                actor,
                messages);
            statusOf.put(item, EquipmentStatus.IN_SERVICE);
          }
        }
        case MISSED_AT_CHECK -> {
          if (statusOf.get(item) != EquipmentStatus.LOST) {
            check(item, day, false);
            openRepairOf.remove(item);
            statusOf.put(item, EquipmentStatus.LOST);
          }
        }
        case CHECK_ROUND ->
            statusOf.forEach(
                (id, status) -> {
                  if (status.lookedFor()) {
                    check(id, day, true);
                  }
                });
      }
    }

    private void check(UUID item, LocalDate day, boolean found) {
      EquipmentStatus status = statusOf.get(item);
      EquipmentCondition condition =
          !found
              ? null
              : status == EquipmentStatus.IN_SERVICE
                  ? EquipmentCondition.WORKING
                  : EquipmentCondition.NOT_WORKING;
      checks.record(
          hub,
          item,
          new EquipmentCheck(
              null,
              item,
              day,
              found,
              condition,
              found ? null : "Не повернуто після виїзного заняття",
              null,
              null),
          actor,
          messages);
    }

    private void plan(LocalDate day, UUID item, Step step) {
      changes.computeIfAbsent(day, d -> new ArrayList<>()).add(new Change(item, step));
    }
  }
}
