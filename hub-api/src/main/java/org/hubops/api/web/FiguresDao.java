package org.hubops.api.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The few figures the start pages show, counted in the database. The reports feature computes the
 * full set for the workbook; this is a deliberately small subset so that a page opens fast, and can
 * be swapped for the reports service's dataset without touching the pages.
 */
public interface FiguresDao {

  /** A hub's quarter (or any date range) at a glance. */
  record HubFigures(
      long sessions, long minutes, long attendances, long women, long men, long idp) {}

  /**
   * One oblast's line of the dashboard. Active hubs are those open by the end of the range;
   * reporting hubs are the active ones with a session in it, so active minus reporting is exactly
   * the number of silent hubs.
   */
  record OblastFigures(
      String code,
      String nameUk,
      String nameEn,
      long activeHubs,
      long reportingHubs,
      long sessions,
      long minutes,
      long attendances,
      long women,
      long men) {}

  /** An active hub that has logged nothing in the range. */
  record SilentHub(
      UUID id, String code, String name, String settlement, String oblastUk, String oblastEn) {}

  String IN_RANGE = " s.deleted_at is null and s.session_date between :from and :to ";

  @SqlQuery(
      "select (select count(*) from session s where s.hub_id = :hubId and"
          + IN_RANGE
          + ") as sessions,"
          + " (select coalesce(sum(s.duration_minutes), 0) from session s"
          + " where s.hub_id = :hubId and"
          + IN_RANGE
          + ") as minutes,"
          + """
           count(*) as attendances,
           coalesce(sum(case when a.gender = 'FEMALE' then 1 else 0 end), 0) as women,
           coalesce(sum(case when a.gender = 'MALE' then 1 else 0 end), 0) as men,
           coalesce(sum(case when a.idp then 1 else 0 end), 0) as idp
          from attendee a join session s on s.id = a.session_id
          where s.hub_id = :hubId and"""
          + IN_RANGE)
  @RegisterConstructorMapper(HubFigures.class)
  HubFigures hub(UUID hubId, LocalDate from, LocalDate to);

  @SqlQuery(
      """
      select o.code, o.name_uk, o.name_en,
             coalesce(h.active_hubs, 0) as active_hubs,
             coalesce(f.reporting_hubs, 0) as reporting_hubs,
             coalesce(f.sessions, 0) as sessions,
             coalesce(f.minutes, 0) as minutes,
             coalesce(p.attendances, 0) as attendances,
             coalesce(p.women, 0) as women,
             coalesce(p.men, 0) as men
      from oblast o
      left join (select oblast_code, count(*) as active_hubs from hub
                 where status = 'ACTIVE' and opened_on <= :to
                 group by oblast_code) h on h.oblast_code = o.code
      left join (select hb.oblast_code,
                        count(distinct case when hb.status = 'ACTIVE' then s.hub_id end)
                          as reporting_hubs,
                        count(*) as sessions, sum(s.duration_minutes) as minutes
                 from session s join hub hb on hb.id = s.hub_id
                 where"""
          + IN_RANGE
          + """
                 group by hb.oblast_code) f on f.oblast_code = o.code
      left join (select hb.oblast_code, count(*) as attendances,
                        sum(case when a.gender = 'FEMALE' then 1 else 0 end) as women,
                        sum(case when a.gender = 'MALE' then 1 else 0 end) as men
                 from attendee a join session s on s.id = a.session_id
                 join hub hb on hb.id = s.hub_id
                 where"""
          + IN_RANGE
          + """
                 group by hb.oblast_code) p on p.oblast_code = o.code
      where h.active_hubs is not null or f.sessions is not null
      order by o.code
      """)
  @RegisterConstructorMapper(OblastFigures.class)
  List<OblastFigures> byOblast(LocalDate from, LocalDate to);

  String SILENT =
      """
      from hub h join oblast o on o.code = h.oblast_code
      where h.status = 'ACTIVE' and h.opened_on <= :to
        and not exists (select 1 from session s where s.hub_id = h.id and"""
          + IN_RANGE
          + ")";

  @SqlQuery(
      "select h.id, h.code, h.name, h.settlement, o.name_uk as oblast_uk, o.name_en as oblast_en "
          + SILENT
          + " order by h.oblast_code, h.code limit :limit")
  @RegisterConstructorMapper(SilentHub.class)
  List<SilentHub> silentHubs(LocalDate from, LocalDate to, int limit);

  @SqlQuery("select count(*) " + SILENT)
  long silentHubCount(LocalDate from, LocalDate to);
}
