package org.hubops.api.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hubops.model.report.DataIssue;
import org.hubops.model.report.EquipmentCount;
import org.hubops.model.report.EquipmentItem;
import org.hubops.model.report.HubRef;
import org.hubops.model.report.ReportRules;
import org.hubops.model.report.SessionIssue;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.BindMethodsList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The lists of a report: its hubs, the sessions that need a second look, and equipment. Attach it
 * to a handle given {@link FigureDao#defineFragments}, whose fragments ({@code <inScope>}, {@code
 * <sessionsInScope>}, {@code <hubColumns>}, {@code <activeHub>}, {@code <nobody>}) the queries
 * name.
 */
interface ReportDao {

  /**
   * The day from which a session held on {@code day} counts as a late entry: the start, in Kyiv, of
   * the day {@link org.hubops.model.report.ReportRules#LATE_ENTRY_DAYS} + 1 days later. Computed in
   * Java and joined as a table, because H2 cannot read a Kyiv date from a stored instant.
   */
  record LateFrom(LocalDate day, Instant lateFrom) {}

  /** The oblast each raion of the scope's hubs is counted under (the hubs' oblast). */
  @SqlQuery(
      """
      select distinct h.raion_code, h.oblast_code from hub h
      where h.raion_code is not null and <inScope>
      """)
  @KeyColumn("raion_code")
  @ValueColumn("oblast_code")
  Map<String, String> raionOblasts(@BindMethods("scope") ReportScope scope);

  /**
   * The raion each hromada of the scope's hubs is counted under, both as {@link Slice#HROMADA} and
   * {@link Slice#RAION} key them.
   */
  @SqlQuery("select distinct <hromada> as hromada, <raion> as raion from hub h where <inScope>")
  @KeyColumn("hromada")
  @ValueColumn("raion")
  Map<String, String> hromadaRaions(@BindMethods("scope") ReportScope scope);

  /**
   * Every active hub of the scope, and any other that logged a session in the period, so that the
   * hubs' figures add up to the totals.
   */
  @SqlQuery(
      """
      select <hubColumns>
      from hub h
      where <inScope>
        and (<activeHub>
             or exists (select 1 from session s
                        where s.hub_id = h.id and s.deleted_at is null
                          and s.session_date >= :scope.from and s.session_date <= :scope.to))
      order by h.oblast_code, h.code
      """)
  @RegisterRowMapper(ReportRows.Hubs.class)
  List<HubRef> hubs(@BindMethods("scope") ReportScope scope);

  /**
   * The scope's hubs whose place needs fixing, by code: no settlement code yet (registered before
   * codes, not matched by name), or a code a newer codifier edition retired.
   */
  @SqlQuery(
      """
      select h.code as hub_code,
             case when h.settlement_code is null then 'HUB_WITHOUT_SETTLEMENT_CODE'
                  else 'HUB_ON_RETIRED_CODE' end as issue
      from hub h left join place p on p.code = h.settlement_code
      where (h.settlement_code is null or p.retired) and <inScope>
      """)
  @KeyColumn("hub_code")
  @ValueColumn("issue")
  Map<String, DataIssue> placeIssues(@BindMethods("scope") ReportScope scope);

  /**
   * The scope's sessions that count nobody, then the start of the late entries: each query below
   * adds how it finds them, and the order.
   */
  String ISSUES_HEAD =
      """
      select 'SESSION_WITHOUT_ATTENDEES' as issue, s.session_date, s.kind, s.created_at,
             <hubColumns>
      from session s join hub h on h.id = s.hub_id
      where <sessionsInScope> and <nobody>
      union all
      select 'LATE_ENTRY' as issue, s.session_date, s.kind, s.created_at, <hubColumns>
      from session s join hub h on h.id = s.hub_id
      """;

  String ISSUES_ORDER = " order by issue desc, session_date, hub_code, created_at";

  /**
   * Sessions without attendees, then late entries, each by date and hub, on any database: each
   * day's late-entry cut-off is joined as a table.
   */
  @SqlQuery(
      ISSUES_HEAD
          + """
          -- PostgreSQL types the columns of a VALUES list of parameters as text: hence the casts.
          join (values <cutoffs>) as c (held_on, late_from)
            on cast(c.held_on as date) = s.session_date
          where <sessionsInScope>
            and s.created_at >= cast(c.late_from as timestamp with time zone)
          """
          + ISSUES_ORDER)
  @RegisterRowMapper(ReportRows.Issues.class)
  List<SessionIssue> sessionIssues(
      @BindMethods("scope") ReportScope scope,
      @BindMethodsList(
              value = "cutoffs",
              methodNames = {"day", "lateFrom"})
          List<LateFrom> cutoffs);

  /**
   * A late entry on PostgreSQL, which reads the start of a Kyiv day itself: recorded from the start
   * of the day {@link ReportRules#LATE_ENTRY_DAYS} + 1 days after it was held. Migration 084's
   * partial index holds just these sessions (a few percent) and its condition must stay this text,
   * or PostgreSQL no longer matches the query to it.
   */
  String LATE_ON_POSTGRES =
      "s.created_at >= (cast(s.session_date + "
          + (ReportRules.LATE_ENTRY_DAYS + 1)
          + " as timestamp) at time zone 'Europe/Kyiv')";

  /** The same as {@link #sessionIssues}, on PostgreSQL, through the late entries' own index. */
  @SqlQuery(ISSUES_HEAD + " where <sessionsInScope> and " + LATE_ON_POSTGRES + ISSUES_ORDER)
  @RegisterRowMapper(ReportRows.Issues.class)
  List<SessionIssue> sessionIssuesOnPostgres(@BindMethods("scope") ReportScope scope);

  @SqlQuery(
      """
      select <hubColumns>, e.category, e.status, count(*) as items
      from equipment e join hub h on h.id = e.hub_id
      where <inScope>
      group by h.code, h.name, h.oblast_code, h.settlement_type, e.category, e.status
      order by h.oblast_code, h.code, e.category, e.status
      """)
  @RegisterRowMapper(ReportRows.Counts.class)
  List<EquipmentCount> equipmentCounts(@BindMethods("scope") ReportScope scope);

  /** Items of the scope, all of them or only those broken or under repair. */
  @SqlQuery(
      """
      select <hubColumns>,
             e.inventory_number, e.category, e.model, e.serial_number, e.funding_source,
             e.acquired_on, e.status, e.status_since, e.last_checked_on
      from equipment e join hub h on h.id = e.hub_id
      where <inScope>
        and (:attentionOnly = false or e.status in ('BROKEN', 'UNDER_REPAIR'))
      order by h.oblast_code, h.code, e.inventory_number
      """)
  @RegisterRowMapper(ReportRows.Items.class)
  List<EquipmentItem> equipmentItems(
      @BindMethods("scope") ReportScope scope, boolean attentionOnly);
}
