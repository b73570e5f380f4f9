package org.hubops.api.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * What the start pages show beside the report's figures: a hub's quarter at a glance for its
 * coordinator, and the links and places of the silent hubs the dashboard lists.
 */
public interface FiguresDao {

  /** A hub's quarter (or any date range) at a glance. */
  record HubFigures(
      long sessions, long minutes, long attendances, long women, long men, long idp) {}

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

  /** The hubs the dashboard lists as silent (chosen by the report), with what links them. */
  @SqlQuery(
      """
      select h.id, h.code, h.name, h.settlement, o.name_uk as oblast_uk, o.name_en as oblast_en
      from hub h join oblast o on o.code = h.oblast_code
      where h.code in (<codes>)
      order by h.oblast_code, h.code
      """)
  @RegisterConstructorMapper(SilentHub.class)
  List<SilentHub> silentHubs(@BindList("codes") List<String> codes);
}
