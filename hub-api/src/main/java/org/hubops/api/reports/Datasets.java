package org.hubops.api.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.hubops.api.equipment.EquipmentFigures;
import org.hubops.api.equipment.EquipmentScope;
import org.hubops.api.places.PlaceService;
import org.hubops.api.reference.ReferenceDao;
import org.hubops.model.Kyiv;
import org.hubops.model.Quarter;
import org.hubops.model.report.DataIssue;
import org.hubops.model.report.EquipmentDataset;
import org.hubops.model.report.HromadaFigures;
import org.hubops.model.report.HubDataset;
import org.hubops.model.report.HubFigures;
import org.hubops.model.report.HubRef;
import org.hubops.model.report.MonthFigures;
import org.hubops.model.report.Overview;
import org.hubops.model.report.QuarterlyDataset;
import org.hubops.model.report.RaionFigures;
import org.hubops.model.report.RegionFigures;
import org.hubops.model.report.ReportRules;
import org.hubops.model.report.ReportStatus;
import org.hubops.model.report.SessionIssue;
import org.hubops.model.report.TopicFigures;
import org.hubops.model.rest.Oblast;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts report datasets together from the grouped queries, on one handle, so that a caller holding a
 * transaction gets figures that agree with each other and with the session detail.
 */
final class Datasets {

  private static final Logger LOG = LoggerFactory.getLogger(Datasets.class);

  private final Handle handle;
  private final FigureDao figures;
  private final ReportDao lists;
  private final ReferenceDao reference;
  private final EquipmentFigures equipment;

  /** Where the equipment part is read beside the figures; null: in turn. */
  private final Alongside alongside;

  /** Checks falling due by the default audit interval. */
  Datasets(Handle handle) {
    this(handle, new EquipmentFigures(EquipmentFigures.DEFAULT_INTERVAL_MONTHS));
  }

  Datasets(Handle handle, EquipmentFigures equipment) {
    this(handle, equipment, null);
  }

  /**
   * Datasets whose equipment part (half the work of a national quarter's) is read by {@code
   * alongside}, beside the figures, on the same snapshot, where it can be.
   */
  Datasets(Handle handle, EquipmentFigures equipment, Alongside alongside) {
    this.handle = FigureDao.defineFragments(handle);
    this.equipment = equipment;
    this.alongside = alongside;
    this.figures = handle.attach(FigureDao.class);
    this.lists = handle.attach(ReportDao.class);
    this.reference = handle.attach(ReferenceDao.class);
  }

  /**
   * The quarter's dataset; equipment statuses are as they were at the quarter's end (from each
   * item's history), or as stored {@code today} while it runs, and its use is the quarter's.
   */
  QuarterlyDataset quarterly(Quarter quarter, String oblast, Instant now, LocalDate today) {
    ReportScope scope = ReportScope.of(quarter.firstDay(), quarter.lastDay(), oblast);
    Quarter before = quarter.previous();
    ReportScope previous = scope.over(before.firstDay(), before.lastDay());
    List<Oblast> oblasts = oblasts(oblast);
    EquipmentScope items = EquipmentScope.of(scope.from(), scope.to(), oblast);
    Supplier<EquipmentDataset> equipmentPart =
        equipmentPart(side -> equipment.dataset(side, items, today, oblasts));
    ScopeFigures current = ScopeFigures.read(handle, scope);
    return new QuarterlyDataset(
        quarter,
        oblast,
        now,
        overview(scope, current),
        overview(previous, ScopeFigures.readWhole(handle, previous)),
        months(scope, current),
        regions(scope, current, oblasts),
        hubs(scope, current),
        topics(current),
        equipmentPart.get(),
        issues(scope),
        openStatus(quarter, today));
  }

  /**
   * The equipment part of a dataset: started now beside the figures where it can be, taken when the
   * figures are counted; else read then, in turn. A read beside that fails (no free connection) is
   * read again in turn.
   */
  private Supplier<EquipmentDataset> equipmentPart(
      HandleCallback<EquipmentDataset, RuntimeException> read) {
    CompletableFuture<EquipmentDataset> beside =
        alongside == null ? null : alongside.read(handle, "quarterly-equipment", read);
    return () -> {
      if (beside != null) {
        try {
          return beside.join();
        } catch (CompletionException e) {
          LOG.warn("The equipment part could not be read beside the figures: read in turn", e);
        }
      }
      return read.withHandle(handle);
    };
  }

  /** The status of an open quarter's figures read {@code today}. */
  static ReportStatus openStatus(Quarter quarter, LocalDate today) {
    return today.isAfter(quarter.lastDay()) ? ReportStatus.PRELIMINARY : ReportStatus.IN_PROGRESS;
  }

  HubDataset hub(HubRef hub, UUID hubId, ReportScope scope, Instant now, LocalDate today) {
    ScopeFigures slices = ScopeFigures.read(handle, scope);
    Oblast oblast =
        reference.oblasts().stream()
            .filter(o -> o.code().equals(hub.oblastCode()))
            .findFirst()
            .orElseThrow();
    return new HubDataset(
        hub,
        oblast,
        scope.from(),
        scope.to(),
        now,
        slices.table(Slice.WHOLE).whole(),
        months(scope, slices),
        topics(slices),
        equipment.hubItems(handle, hubId, scope.from(), scope.to(), today),
        issues(scope));
  }

  /** The oblast {@code oblast}, or all of them when it is null. */
  List<Oblast> oblasts(String oblast) {
    return reference.oblasts().stream()
        .filter(o -> oblast == null || o.code().equals(oblast))
        .toList();
  }

  private Overview overview(ReportScope scope, ScopeFigures slices) {
    FigureDao.HubCount hubs =
        figures.hubCounts(Slice.WHOLE, scope).stream()
            .findFirst()
            .orElse(new FigureDao.HubCount(Slice.WHOLE_KEY, 0, 0));
    return new Overview(hubs.active(), hubs.reporting(), slices.table(Slice.WHOLE).whole());
  }

  /** Every month the scope touches, in order, also those with nothing logged. */
  private List<MonthFigures> months(ReportScope scope, ScopeFigures slices) {
    FigureTable byMonth = slices.table(Slice.MONTH);
    List<MonthFigures> months = new ArrayList<>();
    YearMonth last = YearMonth.from(scope.to());
    for (YearMonth m = YearMonth.from(scope.from()); !m.isAfter(last); m = m.plusMonths(1)) {
      months.add(
          new MonthFigures(m, byMonth.of(Integer.toString(m.getYear() * 100 + m.getMonthValue()))));
    }
    return months;
  }

  private List<RegionFigures> regions(
      ReportScope scope, ScopeFigures slices, List<Oblast> oblasts) {
    FigureTable byOblast = slices.table(Slice.OBLAST);
    Map<String, FigureDao.HubCount> hubs =
        figures.hubCounts(Slice.OBLAST, scope).stream()
            .collect(Collectors.toMap(FigureDao.HubCount::slice, Function.identity()));
    Map<String, List<RaionFigures>> raions = raions(scope, slices);
    FigureDao.HubCount none = new FigureDao.HubCount(null, 0, 0);
    return oblasts.stream()
        .map(
            o -> {
              FigureDao.HubCount count = hubs.getOrDefault(o.code(), none);
              return new RegionFigures(
                  o,
                  count.active(),
                  count.reporting(),
                  byOblast.of(o.code()),
                  raions.getOrDefault(o.code(), List.of()));
            })
        .toList();
  }

  /**
   * The raions with an active hub or a session, by oblast, in the order of their names; the hubs of
   * an oblast with no raion last, as one row. Each hub's raion is the one its settlement code gives
   * (hub.raion_code), its oblast the one it is counted under, so the raions add up to it.
   */
  private Map<String, List<RaionFigures>> raions(ReportScope scope, ScopeFigures slices) {
    FigureTable byRaion = slices.table(Slice.RAION);
    Map<String, FigureDao.HubCount> hubs =
        figures.hubCounts(Slice.RAION, scope).stream()
            .collect(Collectors.toMap(FigureDao.HubCount::slice, Function.identity()));
    Map<String, String> names = PlaceService.raionNames(handle);
    Map<String, String> oblastOf = lists.raionOblasts(scope);
    Map<String, List<HromadaFigures>> hromadas =
        scope.oblast() == null ? Map.of() : hromadas(scope, slices);
    java.util.Set<String> keys = new java.util.TreeSet<>(hubs.keySet());
    keys.addAll(byRaion.slices());
    FigureDao.HubCount none = new FigureDao.HubCount(null, 0, 0);
    Map<String, List<RaionFigures>> byOblast = new java.util.HashMap<>();
    for (String key : keys) {
      boolean noRaion = key.startsWith("UA-");
      String oblast = noRaion ? key : oblastOf.get(key);
      if (oblast == null) {
        continue; // a raion no hub of the scope is in any more
      }
      FigureDao.HubCount count = hubs.getOrDefault(key, none);
      byOblast
          .computeIfAbsent(oblast, o -> new ArrayList<>())
          .add(
              new RaionFigures(
                  oblast,
                  noRaion ? null : key,
                  noRaion ? null : names.get(key),
                  count.active(),
                  count.reporting(),
                  byRaion.of(key),
                  hromadas.getOrDefault(key, List.of())));
    }
    byOblast
        .values()
        .forEach(
            list ->
                list.sort(
                    java.util.Comparator.comparing(
                            (RaionFigures r) -> r.raionCode() == null ? 1 : 0)
                        .thenComparing(r -> r.raionName() == null ? "" : r.raionName())));
    return byOblast;
  }

  /**
   * The hromadas with an active hub or a session, by the {@link Slice#RAION} key of their raion, in
   * the order of their names; a raion's hubs with no hromada last, as one row.
   */
  private Map<String, List<HromadaFigures>> hromadas(ReportScope scope, ScopeFigures slices) {
    FigureTable byHromada = slices.table(Slice.HROMADA);
    Map<String, FigureDao.HubCount> hubs =
        figures.hubCounts(Slice.HROMADA, scope).stream()
            .collect(Collectors.toMap(FigureDao.HubCount::slice, Function.identity()));
    Map<String, String> names = PlaceService.hromadaNames(handle);
    Map<String, String> raionOf = lists.hromadaRaions(scope);
    java.util.Set<String> keys = new java.util.TreeSet<>(hubs.keySet());
    keys.addAll(byHromada.slices());
    FigureDao.HubCount none = new FigureDao.HubCount(null, 0, 0);
    Map<String, List<HromadaFigures>> byRaion = new java.util.HashMap<>();
    for (String key : keys) {
      String raion = raionOf.get(key);
      if (raion == null) {
        continue; // a hromada no hub of the scope is in any more
      }
      boolean noHromada = key.equals(raion);
      FigureDao.HubCount count = hubs.getOrDefault(key, none);
      byRaion
          .computeIfAbsent(raion, r -> new ArrayList<>())
          .add(
              new HromadaFigures(
                  noHromada ? null : key,
                  noHromada ? null : names.get(key),
                  count.active(),
                  count.reporting(),
                  byHromada.of(key)));
    }
    byRaion
        .values()
        .forEach(
            list ->
                list.sort(
                    java.util.Comparator.comparing(
                            (HromadaFigures h) -> h.hromadaCode() == null ? 1 : 0)
                        .thenComparing(h -> h.hromadaName() == null ? "" : h.hromadaName())));
    return byRaion;
  }

  private List<HubFigures> hubs(ReportScope scope, ScopeFigures slices) {
    FigureTable byHub = slices.table(Slice.HUB);
    Map<String, DataIssue> placeIssues = lists.placeIssues(scope);
    return lists.hubs(scope).stream()
        .map(h -> new HubFigures(h, byHub.of(h.code()), placeIssues.get(h.code())))
        .toList();
  }

  /** The topics taught in the scope, in the reference list's order. */
  private List<TopicFigures> topics(ScopeFigures slices) {
    FigureTable byTopic = slices.table(Slice.TOPIC);
    return reference.topics().stream()
        .filter(t -> byTopic.slices().contains(t.code()))
        .map(t -> new TopicFigures(t, byTopic.of(t.code())))
        .toList();
  }

  private List<SessionIssue> issues(ReportScope scope) {
    if (ReportService.onPostgres(handle)) {
      return lists.sessionIssuesOnPostgres(scope);
    }
    List<ReportDao.LateFrom> cutoffs = new ArrayList<>();
    for (LocalDate day = scope.from(); !day.isAfter(scope.to()); day = day.plusDays(1)) {
      Instant lateFrom =
          day.plusDays(ReportRules.LATE_ENTRY_DAYS + 1L).atStartOfDay(Kyiv.ZONE).toInstant();
      cutoffs.add(new ReportDao.LateFrom(day, lateFrom));
    }
    return lists.sessionIssues(scope, cutoffs);
  }
}
