package org.hubops.api.equipment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hubops.model.EquipmentCategory;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.report.EquipmentCount;
import org.hubops.model.report.EquipmentDataset;
import org.hubops.model.report.EquipmentItem;
import org.hubops.model.report.EquipmentUse;
import org.hubops.model.report.EquipmentUseGroup;
import org.hubops.model.report.EquipmentUseGroup.Dimension;
import org.hubops.model.report.HubRef;
import org.hubops.model.rest.Oblast;
import org.jdbi.v3.core.Handle;

/**
 * The one owner of the equipment figures: each item's audit and use in a period, and the same
 * rolled up by hub, oblast, category and funding source. The JSON report, the equipment workbook
 * and the quarterly workbook's equipment sheets all ask this class, on the caller's handle, so they
 * agree with each other and with the rest of a report read in the same transaction.
 */
public final class EquipmentFigures {

  /** The audit interval when none is configured: donors usually ask for a check a year. */
  public static final int DEFAULT_INTERVAL_MONTHS = 12;

  private final int intervalMonths;

  /** Checks fall due {@code intervalMonths} after the last one. */
  public EquipmentFigures(int intervalMonths) {
    this.intervalMonths = intervalMonths;
  }

  public int intervalMonths() {
    return intervalMonths;
  }

  /** What {@link #read} answers. */
  public record Figures(List<EquipmentUse> items, List<EquipmentUseGroup> groups) {}

  /**
   * The equipment dataset of {@code scope}: its items' counts by hub, category and status, those
   * broken or under repair, and every item with its audit and use, also rolled up. Statuses, checks
   * and overdue are as of the period's end, read from each item's history, or as of {@code today}
   * (Kyiv) while the period runs: a report of a past quarter says what the items were then, and
   * says the same whenever it is written.
   */
  public EquipmentDataset dataset(
      Handle handle, EquipmentScope scope, LocalDate today, List<Oblast> oblasts) {
    LocalDate asOf = asOf(scope, today);
    Figures figures = read(handle, scope, today);
    Map<List<Object>, Long> counted = new TreeMap<>(EquipmentFigures::compareCountKeys);
    Map<String, HubRef> hubs = new HashMap<>();
    List<EquipmentItem> attention = new ArrayList<>();
    for (EquipmentUse item : figures.items()) {
      hubs.putIfAbsent(item.hub().code(), item.hub());
      counted.merge(
          List.of(item.hub().oblastCode(), item.hub().code(), item.category(), item.status()),
          1L,
          Long::sum);
      if (item.status().needsAttention()) {
        attention.add(item.item());
      }
    }
    List<EquipmentCount> counts = new ArrayList<>();
    counted.forEach(
        (key, count) ->
            counts.add(
                new EquipmentCount(
                    hubs.get((String) key.get(1)),
                    (EquipmentCategory) key.get(2),
                    (EquipmentStatus) key.get(3),
                    count)));
    return new EquipmentDataset(
        asOf,
        scope.oblast(),
        oblasts,
        counts,
        attention,
        scope.from(),
        scope.to(),
        scope.funding(),
        intervalMonths,
        figures.items(),
        figures.groups());
  }

  /**
   * One hub's items as a hub's report lists them, with their statuses and last checks as of the
   * period's end (or {@code today} while it runs), as {@link #dataset} has them.
   */
  public List<EquipmentItem> hubItems(
      Handle handle, UUID hub, LocalDate from, LocalDate to, LocalDate today) {
    EquipmentScope scope = new EquipmentScope(from, to, null, null, Set.of(hub));
    // The items alone: a hub's report has no use of its own rolled up by hub, oblast or donor.
    EquipmentUseDao dao = handle.attach(EquipmentUseDao.class);
    return uses(dao, scope, today, UseTally.of(dao, scope)).stream()
        .map(EquipmentUse::item)
        .toList();
  }

  /** Oblast, hub, then category and status by name, as the workbooks list them. */
  private static int compareCountKeys(List<Object> a, List<Object> b) {
    for (int i = 0; i < a.size(); i++) {
      int order = a.get(i).toString().compareTo(b.get(i).toString());
      if (order != 0) {
        return order;
      }
    }
    return 0;
  }

  /** The day a report of {@code scope} reads statuses at: its last day, or today if sooner. */
  public static LocalDate asOf(EquipmentScope scope, LocalDate today) {
    return scope.to().isBefore(today) ? scope.to() : today;
  }

  /**
   * The scope's items and groups, statuses and overdue as of {@link #asOf}: as stored while the
   * period runs, from the items' history once it has ended.
   */
  public Figures read(Handle handle, EquipmentScope scope, LocalDate today) {
    EquipmentUseDao dao = handle.attach(EquipmentUseDao.class);
    UseTally tally = UseTally.of(dao, scope);
    List<EquipmentUse> items = uses(dao, scope, today, tally);
    List<EquipmentUseGroup> groups = new ArrayList<>();
    for (Dimension dimension : Dimension.values()) {
      groups.addAll(groups(dimension, items, tally.slices(dimension)));
    }
    return new Figures(items, groups);
  }

  /** Each item of the scope with its state as of {@link #asOf} and its use in the period. */
  private List<EquipmentUse> uses(
      EquipmentUseDao dao, EquipmentScope scope, LocalDate today, UseTally tally) {
    LocalDate asOf = asOf(scope, today);
    Map<UUID, Long> repairDays = repairDays(dao.repairs(scope, scope.visibleHubs()), scope, asOf);
    List<EquipmentUse> items = new ArrayList<>();
    for (EquipmentUseDao.Item item : items(dao, scope, asOf, asOf.isBefore(today))) {
      items.add(use(item, tally.item(item.id()), repairDays, asOf));
    }
    return items;
  }

  /**
   * The scope's items as they stood on {@code asOf}: as stored unless it is {@code past}, else each
   * with its status and last check then, leaving out those already lost or written off when the
   * period began.
   */
  private static List<EquipmentUseDao.Item> items(
      EquipmentUseDao dao, EquipmentScope scope, LocalDate asOf, boolean past) {
    var hubs = scope.visibleHubs();
    List<EquipmentUseDao.Item> stored = dao.items(scope, hubs);
    if (!past) {
      return stored;
    }
    Map<UUID, EquipmentUseDao.PastStatus> statuses =
        dao.statusesAsOf(asOf, scope, hubs).stream()
            .collect(Collectors.toMap(EquipmentUseDao.PastStatus::equipmentId, p -> p));
    Map<UUID, LocalDate> checks =
        dao.checksAsOf(asOf, scope, hubs).stream()
            .collect(
                Collectors.toMap(
                    EquipmentUseDao.PastCheck::equipmentId, EquipmentUseDao.PastCheck::checkedOn));
    List<EquipmentUseDao.Item> asTheyWere = new ArrayList<>();
    for (EquipmentUseDao.Item item : stored) {
      EquipmentUseDao.PastStatus then = statuses.get(item.id());
      // A last check kept on the item without a check record (an import) counts if it was by then.
      LocalDate checked = checks.get(item.id());
      LocalDate kept = item.lastCheckedOn();
      if (kept != null && !kept.isAfter(asOf) && (checked == null || kept.isAfter(checked))) {
        checked = kept;
      }
      EquipmentUseDao.Item asItWas =
          then == null
              ? item.asOf(item.status(), item.statusSince(), checked)
              : item.asOf(then.status(), then.since(), checked);
      boolean goneBefore =
          !asItWas.status().lookedFor() && asItWas.statusSince().isBefore(scope.from());
      if (!goneBefore) {
        asTheyWere.add(asItWas);
      }
    }
    return asTheyWere;
  }

  private EquipmentUse use(
      EquipmentUseDao.Item item,
      EquipmentUseDao.Use use,
      Map<UUID, Long> repairDays,
      LocalDate asOf) {
    LocalDate dueOn =
        item.status().lookedFor() ? item.countedFrom().plusMonths(intervalMonths) : null;
    return new EquipmentUse(
        new HubRef(item.hubCode(), item.hubName(), item.hubOblast(), item.hubSettlement()),
        item.inventoryNumber(),
        item.category(),
        item.model(),
        item.serialNumber(),
        item.fundingSource(),
        item.acquiredOn(),
        item.status(),
        item.statusSince(),
        item.lastCheckedOn(),
        dueOn,
        dueOn != null && dueOn.isBefore(asOf),
        use == null ? 0 : use.sessions(),
        use == null ? 0 : hours(use.minutes()),
        use == null ? 0 : use.attendances(),
        repairDays.getOrDefault(item.id(), 0L));
  }

  /** One group per key the items have, in the order first met; the whole as one group. */
  private static List<EquipmentUseGroup> groups(
      Dimension dimension, List<EquipmentUse> items, Map<String, EquipmentUseDao.Use> byKey) {
    Map<String, List<EquipmentUse>> members = new LinkedHashMap<>();
    for (EquipmentUse item : items) {
      members.computeIfAbsent(keyOf(dimension, item), k -> new ArrayList<>()).add(item);
    }
    if (dimension == Dimension.WHOLE && members.isEmpty()) {
      members.put(UseTally.WHOLE_KEY, List.of());
    }
    List<EquipmentUseGroup> groups = new ArrayList<>();
    members.forEach(
        (key, list) -> {
          EquipmentUseDao.Use use = byKey.get(key);
          groups.add(
              new EquipmentUseGroup(
                  dimension,
                  dimension == Dimension.WHOLE ? null : key,
                  list.size(),
                  list.stream().filter(i -> i.status() == EquipmentStatus.IN_SERVICE).count(),
                  list.stream().filter(EquipmentUse::unusedInService).count(),
                  list.stream().filter(EquipmentUse::overdue).count(),
                  use == null ? 0 : use.sessions(),
                  use == null ? 0 : hours(use.minutes()),
                  use == null ? 0 : use.attendances(),
                  list.stream().mapToLong(EquipmentUse::daysUnderRepair).sum()));
        });
    return groups;
  }

  /** The key of an item's group in {@code dimension}, as {@link UseTally} tallies them. */
  private static String keyOf(Dimension dimension, EquipmentUse item) {
    return UseTally.key(
        dimension,
        item.hub().code(),
        item.hub().oblastCode(),
        item.category().name(),
        item.fundingSource());
  }

  /**
   * Days of the period each item spent under repair: from the day a repair was opened to the day
   * before it was closed (back in service that day), an open repair counting to today or the
   * period's end, whichever is sooner.
   */
  private static Map<UUID, Long> repairDays(
      List<EquipmentUseDao.RepairSpan> repairs, EquipmentScope scope, LocalDate today) {
    LocalDate end = scope.to().plusDays(1);
    Map<UUID, Long> days = new HashMap<>();
    for (EquipmentUseDao.RepairSpan repair : repairs) {
      LocalDate first = repair.openedOn().isBefore(scope.from()) ? scope.from() : repair.openedOn();
      LocalDate closed = repair.closedOn() == null ? today.plusDays(1) : repair.closedOn();
      LocalDate until = closed.isAfter(end) ? end : closed;
      long count = Math.max(0, ChronoUnit.DAYS.between(first, until));
      days.merge(repair.equipmentId(), count, Long::sum);
    }
    return days;
  }

  static double hours(long minutes) {
    return minutes / 60.0;
  }
}
