package org.hubops.api.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.hubops.api.equipment.EquipmentService;
import org.hubops.api.platform.Messages;
import org.hubops.model.EquipmentCategory;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.rest.Equipment;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.StatusChange;

/**
 * A hub's equipment: laptops and a projector from donor programmes, some of which break, go for
 * repair or get lost during the demo period, each change recorded on its day.
 */
final class DemoEquipment {

  private static final String[] FUNDERS = {
    "Програма «Цифрова освіта»", "EU4DigitalUA", "Фонд «Відродження»", "Бюджет громади"
  };
  private static final EquipmentCategory[] KINDS = {
    EquipmentCategory.LAPTOP, EquipmentCategory.LAPTOP, EquipmentCategory.LAPTOP,
    EquipmentCategory.TABLET, EquipmentCategory.PROJECTOR, EquipmentCategory.ROUTER,
    EquipmentCategory.PRINTER, EquipmentCategory.DESKTOP
  };

  private record Change(UUID item, EquipmentStatus status, String note) {}

  private final Random random;
  private final EquipmentService equipment;
  private final ReplayClock clock;
  private final Messages messages;
  private final Map<UUID, EquipmentStatus> statusOf = new HashMap<>();
  private final Map<LocalDate, List<Change>> changes = new HashMap<>();

  DemoEquipment(Random random, EquipmentService equipment, ReplayClock clock, Messages messages) {
    this.random = random;
    this.equipment = equipment;
    this.clock = clock;
    this.messages = messages;
  }

  /** Registers {@code count} items bought before {@code from} and plans their breakdowns. */
  void register(Hub hub, int count, LocalDate from, LocalDate until, String actor) {
    statusOf.clear();
    changes.clear();
    long days = ChronoUnit.DAYS.between(from, until);
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
                  // Checked on arrival, so the report's "last checked" column has dates to show.
                  acquired,
                  null,
                  null,
                  null,
                  null),
              actor,
              messages);
      statusOf.put(item.id(), EquipmentStatus.IN_SERVICE);
      int fate = random.nextInt(100);
      LocalDate breaks = from.plusDays(random.nextInt((int) days + 1));
      if (fate < 20) {
        plan(breaks, item.id(), EquipmentStatus.BROKEN, "Не вмикається");
        if (fate < 10) {
          plan(breaks.plusDays(3), item.id(), EquipmentStatus.UNDER_REPAIR, "Передано в сервіс");
        }
      } else if (fate < 23) {
        plan(breaks, item.id(), EquipmentStatus.LOST, "Не повернуто після виїзного заняття");
      }
    }
  }

  /** Applies the changes planned for {@code day}; returns the items usable that day. */
  List<UUID> inServiceOn(LocalDate day, Hub hub, String actor) {
    for (Change change : changes.getOrDefault(day, List.of())) {
      clock.set(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
      equipment.changeStatus(
          hub,
          change.item(),
          new StatusChange(change.status(), day, change.note(), null),
          actor,
          messages);
      statusOf.put(change.item(), change.status());
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

  private void plan(LocalDate day, UUID item, EquipmentStatus status, String note) {
    changes.computeIfAbsent(day, d -> new ArrayList<>()).add(new Change(item, status, note));
  }
}
