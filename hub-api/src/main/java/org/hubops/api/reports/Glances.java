package org.hubops.api.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hubops.model.Quarter;
import org.hubops.model.report.Glance;
import org.hubops.model.report.HubFigures;
import org.hubops.model.report.QuarterlyDataset;
import org.hubops.model.report.ReportStatus;
import org.hubops.model.rest.Oblast;
import org.jdbi.v3.core.Handle;

/**
 * Quarters and hubs at a glance ({@link Glance}), read from the same kept figures and the same
 * definition of an active hub as the quarter's dataset, so the start pages and the workbook agree:
 * two small queries (the scope's active hubs, and its hub-month figures summed by oblast) instead
 * of the dataset's people, topics and lists.
 */
final class Glances {

  /** The scope's active hubs, with whether each logged a session in the period. */
  private static final String ACTIVE_HUBS =
      """
      select h.id, h.code, h.name, h.settlement, h.oblast_code,
             case when exists (select 1 from figure_hub_month r
                               where r.hub_id = h.id and r.period >= :scope.firstMonth
                                 and r.period <= :scope.lastMonth)
                  then 1 else 0 end as reporting
      from hub h
      where <activeHub> and <inScope>
      order by h.oblast_code, h.code
      """;

  /** Sessions and attendances by oblast, from the figures kept per hub and month. */
  private static final String BY_OBLAST =
      """
      select h.oblast_code as oblast, coalesce(sum(r.sessions), 0) as sessions,
             coalesce(sum(r.minutes), 0) as minutes, <keptSums>
      from figure_hub_month r join hub h on h.id = r.hub_id
      where r.period >= :scope.firstMonth and r.period <= :scope.lastMonth and <inScope>
      group by h.oblast_code
      """;

  /** One hub's sessions and attendances over whole months. */
  private static final String HUB =
      """
      select coalesce(sum(r.sessions), 0) as sessions, coalesce(sum(r.minutes), 0) as minutes,
             <keptSums>
      from figure_hub_month r
      where r.hub_id = :hub and r.period >= :scope.firstMonth and r.period <= :scope.lastMonth
      """;

  /** The silent hubs a frozen dataset names, with what links them. */
  private static final String SILENT =
      """
      select h.id, h.code, h.name, h.settlement, h.oblast_code from hub h
      where h.code in (<codes>)
      order by h.oblast_code, h.code
      """;

  private final Handle handle;

  Glances(Handle handle) {
    this.handle = FigureDao.defineFragments(handle);
  }

  /** The quarter read now, for the country ({@code oblast} null) or one oblast. */
  Glance quarter(Quarter quarter, String oblast, List<Oblast> oblasts, ReportStatus status) {
    ReportScope scope = ReportScope.of(quarter.firstDay(), quarter.lastDay(), oblast);
    Map<String, Glance.Activity> activity = new HashMap<>();
    handle
        .createQuery(BY_OBLAST)
        .define("keptSums", Headcounts.sums("r"))
        .bindMethods("scope", scope)
        .map((rs, ctx) -> activity.put(rs.getString("oblast"), activity(rs)))
        .forEach(put -> {});
    Map<String, int[]> hubs = new HashMap<>(); // oblast -> active, reporting
    List<Glance.SilentHub> silent = new ArrayList<>();
    int[] silentCount = {0};
    handle
        .createQuery(ACTIVE_HUBS)
        .bindMethods("scope", scope)
        .map(
            (rs, ctx) -> {
              String code = rs.getString("oblast_code");
              int[] count = hubs.computeIfAbsent(code, c -> new int[2]);
              count[0]++;
              if (rs.getInt("reporting") == 1) {
                count[1]++;
              } else if (silentCount[0]++ < Glance.SILENT_SHOWN) {
                silent.add(silentHub(rs));
              }
              return code;
            })
        .forEach(code -> {});
    List<Glance.Line> lines = new ArrayList<>();
    int[] whole = new int[2];
    Glance.Activity all = Glance.Activity.NONE;
    for (Oblast o : oblasts) {
      int[] count = hubs.getOrDefault(o.code(), new int[2]);
      Glance.Activity did = activity.getOrDefault(o.code(), Glance.Activity.NONE);
      lines.add(new Glance.Line(o, count[0], count[1], did));
      whole[0] += count[0];
      whole[1] += count[1];
      all = plus(all, did);
    }
    return new Glance(
        quarter,
        oblast,
        status,
        new Glance.Line(null, whole[0], whole[1], all),
        lines,
        silentCount[0],
        silent);
  }

  /** One hub's quarter. */
  Glance.Activity hub(UUID hub, Quarter quarter) {
    return handle
        .createQuery(HUB)
        .define("keptSums", Headcounts.sums("r"))
        .bind("hub", hub)
        .bindMethods("scope", ReportScope.of(quarter.firstDay(), quarter.lastDay(), null))
        .map((rs, ctx) -> activity(rs))
        .one();
  }

  /** The glance of a dataset (a frozen one), with the links of the silent hubs it names. */
  Glance of(QuarterlyDataset dataset) {
    List<String> silent =
        dataset.hubs().stream()
            .filter(h -> h.figures().sessions() == 0)
            .map(h -> h.hub().code())
            .toList();
    List<Glance.SilentHub> shown =
        silent.isEmpty()
            ? List.of()
            : handle
                .createQuery(SILENT)
                .bindList("codes", silent.subList(0, Math.min(silent.size(), Glance.SILENT_SHOWN)))
                .map((rs, ctx) -> silentHub(rs))
                .list();
    return new Glance(
        dataset.quarter(),
        dataset.oblastCode(),
        dataset.status(),
        new Glance.Line(
            null,
            dataset.current().activeHubs(),
            dataset.current().reportingHubs(),
            Glance.Activity.of(dataset.current().figures())),
        dataset.regions().stream()
            .map(
                r ->
                    new Glance.Line(
                        r.oblast(),
                        r.activeHubs(),
                        r.reportingHubs(),
                        Glance.Activity.of(r.figures())))
            .toList(),
        (int)
            dataset.hubs().stream().map(HubFigures::figures).filter(f -> f.sessions() == 0).count(),
        shown);
  }

  private static Glance.Activity activity(ResultSet rs) throws SQLException {
    long[] counts = new long[Headcounts.COLUMNS.size()];
    Headcounts.read(rs, counts);
    return new Glance.Activity(
        rs.getLong("sessions"), rs.getLong("minutes"), Headcounts.headcount(counts));
  }

  private static Glance.SilentHub silentHub(ResultSet rs) throws SQLException {
    return new Glance.SilentHub(
        rs.getObject("id", UUID.class),
        rs.getString("code"),
        rs.getString("name"),
        rs.getString("settlement"),
        rs.getString("oblast_code"));
  }

  private static Glance.Activity plus(Glance.Activity a, Glance.Activity b) {
    return new Glance.Activity(
        a.sessions() + b.sessions(),
        a.trainingMinutes() + b.trainingMinutes(),
        a.attendances().plus(b.attendances()));
  }
}
