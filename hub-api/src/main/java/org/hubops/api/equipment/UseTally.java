package org.hubops.api.equipment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.hubops.api.reports.Headcounts;
import org.hubops.model.report.EquipmentUseGroup.Dimension;

/**
 * The use of a scope's items in a period, by item and by every {@link Dimension}: a session that
 * used two items of one group counts once in it. A period of whole months is read from the use kept
 * on write per hub, month and set of items used together ({@code figure_equipment_month}: some
 * 40,000 rows a quarter at national scale); any other period from the period's uses in session
 * order (the quarter's 300,000 sessions joined to their 160,000 uses: about a second). Both tally
 * the same way: a set of items used together adds its sessions once to each item and once to each
 * group its items fall in.
 */
final class UseTally {

  /** The key of the one group that holds every item. */
  static final String WHOLE_KEY = "*";

  private final Map<String, Counts> byItem = new HashMap<>();
  private final Map<Dimension, Map<String, Counts>> byDimension = new EnumMap<>(Dimension.class);

  /** Sessions, minutes and attendances of one item or group, each session once. */
  private static final class Counts {
    long sessions;
    long minutes;
    long attendances;

    void add(long sessions, long minutes, long attendances) {
      this.sessions += sessions;
      this.minutes += minutes;
      this.attendances += attendances;
    }

    EquipmentUseDao.Use as(String slice) {
      return new EquipmentUseDao.Use(slice, sessions, minutes, attendances);
    }
  }

  private UseTally() {}

  /** Tallies the uses of {@code scope}'s items in its period. */
  static UseTally of(EquipmentUseDao dao, EquipmentScope scope) {
    return wholeMonths(scope) ? kept(dao, scope) : counted(dao, scope);
  }

  /** Whether the period is whole months, as the kept use is counted. */
  static boolean wholeMonths(EquipmentScope scope) {
    return scope.from().getDayOfMonth() == 1
        && scope.to().equals(scope.to().withDayOfMonth(scope.to().lengthOfMonth()));
  }

  /** From the use kept per hub and month: whole months only. */
  static UseTally kept(EquipmentUseDao dao, EquipmentScope scope) {
    Map<UUID, EquipmentUseDao.ItemKeys> keys = new HashMap<>();
    dao.itemKeys(scope, scope.visibleHubs()).forEach(item -> keys.put(item.id(), item));
    UseTally tally = new UseTally();
    for (EquipmentUseDao.KeptUse use :
        dao.keptUses(month(scope.from()), month(scope.to()), scope, scope.visibleHubs())) {
      List<EquipmentUseDao.ItemKeys> items = new ArrayList<>();
      for (String id : use.items().split(";")) {
        EquipmentUseDao.ItemKeys item = keys.get(UUID.fromString(id));
        if (item != null) { // else outside the scope's funding source
          items.add(item);
        }
      }
      tally.add(items, use.sessions(), use.minutes(), use.attendances());
    }
    return tally;
  }

  /** From the period's sessions, one by one. */
  static UseTally counted(EquipmentUseDao dao, EquipmentScope scope) {
    UseTally tally = new UseTally();
    List<EquipmentUseDao.SessionUse> session = new ArrayList<>();
    try (Stream<EquipmentUseDao.SessionUse> uses =
        dao.sessionUses(Headcounts.ATTENDEES, scope, scope.visibleHubs())) {
      uses.forEach(
          use -> {
            if (!session.isEmpty() && !session.get(0).sessionId().equals(use.sessionId())) {
              tally.add(session);
              session.clear();
            }
            session.add(use);
          });
    }
    if (!session.isEmpty()) {
      tally.add(session);
    }
    return tally;
  }

  private static int month(LocalDate day) {
    return day.getYear() * 100 + day.getMonthValue();
  }

  /** Counts one session's uses. */
  private void add(List<EquipmentUseDao.SessionUse> session) {
    EquipmentUseDao.SessionUse first = session.get(0);
    List<EquipmentUseDao.ItemKeys> items = new ArrayList<>();
    for (EquipmentUseDao.SessionUse use : session) {
      items.add(
          new EquipmentUseDao.ItemKeys(
              use.equipmentId(), use.hubCode(), use.oblastCode(), use.category(), use.funding()));
    }
    add(items, 1, first.minutes(), first.attendances());
  }

  /**
   * Counts sessions that used {@code items} together: once for each item (an item is used at most
   * once a session), once for each group they fall in.
   */
  private void add(
      List<EquipmentUseDao.ItemKeys> items, long sessions, long minutes, long attendances) {
    if (items.isEmpty()) {
      return;
    }
    for (EquipmentUseDao.ItemKeys item : items) {
      byItem
          .computeIfAbsent(item.id().toString(), k -> new Counts())
          .add(sessions, minutes, attendances);
    }
    for (Dimension dimension : Dimension.values()) {
      Set<String> groups = new HashSet<>();
      for (EquipmentUseDao.ItemKeys item : items) {
        groups.add(
            key(dimension, item.hubCode(), item.oblastCode(), item.category(), item.funding()));
      }
      Map<String, Counts> slices = byDimension.computeIfAbsent(dimension, d -> new HashMap<>());
      groups.forEach(
          group ->
              slices.computeIfAbsent(group, k -> new Counts()).add(sessions, minutes, attendances));
    }
  }

  /** An item's use; null when no session of the period used it. */
  EquipmentUseDao.Use item(UUID id) {
    String key = id.toString();
    Counts counts = byItem.get(key);
    return counts == null ? null : counts.as(key);
  }

  /** The use of the groups of {@code dimension} that any session used, by key. */
  Map<String, EquipmentUseDao.Use> slices(Dimension dimension) {
    Map<String, EquipmentUseDao.Use> slices = new HashMap<>();
    byDimension.getOrDefault(dimension, Map.of()).forEach((key, c) -> slices.put(key, c.as(key)));
    return slices;
  }

  /** The key of an item's group in {@code dimension}, from its hub and its own fields. */
  static String key(
      Dimension dimension, String hubCode, String oblastCode, String category, String funding) {
    return switch (dimension) {
      case WHOLE -> WHOLE_KEY;
      case HUB -> hubCode;
      case OBLAST -> oblastCode;
      case CATEGORY -> category;
      case FUNDING -> funding == null ? "" : funding;
    };
  }
}
