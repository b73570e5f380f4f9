package org.hubops.api.reports;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The queries of a report's figures. A scope of whole months (every quarter) reads its sessions'
 * figures from those kept per hub and month, and a scope of one quarter its people from those
 * counted per hub and quarter ({@link FigureRollup}, {@link PeopleCounts}); any other range (a
 * hub's report of some days) is counted from its sessions. The fragments every query shares are
 * defined once and put in by name: {@code <inScope>} the scope's hubs ({@link #HUB_IN_SCOPE}),
 * {@code <sessionsInScope>} its sessions ({@link #SESSIONS_IN_SCOPE}), {@code <month>}, {@code
 * <raion>} and {@code <hromada>} the keys of {@link Slice#MONTH}, {@link Slice#RAION} and {@link
 * Slice#HROMADA}, {@code <counts>}, {@code <keptSums>} and {@code <sums>} the headcount columns of
 * kept rows {@code r} and their sums, and the sums of sessions {@code s} ({@link
 * org.hubops.api.reports.Headcounts}); {@code <peopleCounts>} and {@code <peopleSums>} the same of
 * the people counted once each, who have no unlinked marks.
 */
interface FigureDao {

  /** The hubs of a {@link ReportScope}, for a hub aliased {@code h}. */
  String HUB_IN_SCOPE =
      """
      (cast(:scope.oblast as varchar(8)) is null or h.oblast_code = :scope.oblast)
      and (cast(:scope.hub as varchar(16)) is null or h.code = :scope.hub)""";

  /**
   * The sessions of a {@link ReportScope}, for a session {@code s} of a hub {@code h}: deleted
   * sessions are left out everywhere.
   */
  String SESSIONS_IN_SCOPE =
      """
      s.deleted_at is null
      and s.session_date >= :scope.from and s.session_date <= :scope.to
      and """
          + HUB_IN_SCOPE;

  /** The hubs that logged a session in the scope's period, kept per month. */
  String REPORTED =
      """
      select distinct r.hub_id from figure_hub_month r
      where r.period >= :scope.firstMonth and r.period <= :scope.lastMonth""";

  /** The same, from the sessions. */
  String REPORTED_COUNTED =
      """
      select distinct s.hub_id from session s
      where s.deleted_at is null
        and s.session_date >= :scope.from and s.session_date <= :scope.to""";

  /** Sessions and attendances by hub and month, kept. */
  String HUB_MONTHS =
      """
      select h.code as hub, h.oblast_code as oblast, <raion> as raion, <hromada> as hromada,
             r.period,
             r.sessions, r.minutes, <counts>
      from figure_hub_month r join hub h on h.id = r.hub_id
      where r.period >= :scope.firstMonth and r.period <= :scope.lastMonth and <inScope>
      """;

  /** The same, counted from the sessions. */
  String HUB_MONTHS_COUNTED =
      """
      select h.code as hub, h.oblast_code as oblast, <raion> as raion, <hromada> as hromada,
             <month> as period, count(*) as sessions, coalesce(sum(s.duration_minutes), 0) as minutes, <sums>
      from session s join hub h on h.id = s.hub_id
      where <sessionsInScope>
      group by h.code, h.oblast_code, <raion>, <hromada>, <month>
      """;

  /** Sessions and attendances by topic (a session counts under each of its topics), kept. */
  String TOPICS =
      """
      select r.topic_code as topic, sum(r.sessions) as sessions, sum(r.minutes) as minutes, <keptSums>
      from figure_topic_month r join hub h on h.id = r.hub_id
      where r.period >= :scope.firstMonth and r.period <= :scope.lastMonth and <inScope>
      group by r.topic_code
      """;

  String TOPICS_COUNTED =
      """
      select st.topic_code as topic, count(*) as sessions,
             coalesce(sum(s.duration_minutes), 0) as minutes, <sums>
      from session s join hub h on h.id = s.hub_id join session_topic st on st.session_id = s.id
      where <sessionsInScope>
      group by st.topic_code
      """;

  /** The whole scope's sessions and attendances, kept. */
  String WHOLE =
      """
      select coalesce(sum(r.sessions), 0) as sessions, coalesce(sum(r.minutes), 0) as minutes,
             <keptSums>
      from figure_hub_month r join hub h on h.id = r.hub_id
      where r.period >= :scope.firstMonth and r.period <= :scope.lastMonth and <inScope>
      """;

  String WHOLE_COUNTED =
      """
      select count(*) as sessions, coalesce(sum(s.duration_minutes), 0) as minutes, <sums>
      from session s join hub h on h.id = s.hub_id
      where <sessionsInScope>
      """;

  /** The unique people of each hub of a quarter, kept ({@link PeopleCounts}). */
  String PEOPLE =
      """
      select h.code as hub, h.oblast_code as oblast, <raion> as raion, <hromada> as hromada, <peopleCounts>
      from figure_people_quarter r join hub h on h.id = r.hub_id
      where r.quarter = :scope.quarterKey and r.slice_kind = 'hub' and <inScope>
      """;

  /**
   * The unique people of a quarter's months and topics, each the sum of its hubs' (kept): a person
   * comes to one hub.
   */
  String PEOPLE_SLICES =
      """
      select r.slice_kind, r.slice_key, <peopleSums>
      from figure_people_quarter r join hub h on h.id = r.hub_id
      where r.quarter = :scope.quarterKey and r.slice_kind <> 'hub' and <inScope>
      group by r.slice_kind, r.slice_key
      """;

  /**
   * Each registered participant once per month, topic and hub they came to, with the first day of
   * it and what the register says of them, in person, month and day order.
   */
  String PEOPLE_COUNTED =
      """
      select f.participant_id, f.hub, f.oblast, f.raion, f.hromada, f.period, f.first_date,
             f.topic_code,
             p.gender, p.birth_year, p.idp, p.disability, p.veteran
      from (select a.participant_id, h.code as hub, h.oblast_code as oblast, <raion> as raion,
                   <hromada> as hromada, <month> as period, st.topic_code, min(s.session_date) as first_date
            from session s
            join hub h on h.id = s.hub_id
            join session_topic st on st.session_id = s.id
            join attendee a on a.session_id = s.id
            where <sessionsInScope> and a.participant_id is not null
            group by a.participant_id, h.code, h.oblast_code, <raion>, <hromada>, <month>,
                     st.topic_code) f
      join participant p on p.id = f.participant_id
      order by f.participant_id, f.period, f.first_date
      """;

  /** The unique people of a quarter, kept. */
  String PEOPLE_WHOLE =
      """
      select <peopleSums>
      from figure_people_quarter r join hub h on h.id = r.hub_id
      where r.quarter = :scope.quarterKey and r.slice_kind = 'hub' and <inScope>
      """;

  /** Each registered participant of the scope once, with their first day: no order. */
  String PEOPLE_WHOLE_COUNTED =
      """
      select f.first_date, p.gender, p.birth_year, p.idp, p.disability, p.veteran
      from (select a.participant_id, min(s.session_date) as first_date
            from session s join hub h on h.id = s.hub_id join attendee a on a.session_id = s.id
            where <sessionsInScope> and a.participant_id is not null
            group by a.participant_id) f
      join participant p on p.id = f.participant_id
      """;

  /** The hub columns of report rows, as {@code select <hubColumns> from hub h ...}. */
  String HUB_COLUMNS =
      """
      h.code as hub_code, h.name as hub_name, h.oblast_code as hub_oblast,
      h.settlement_type as hub_settlement""";

  /**
   * Puts in the fragments named above for every statement {@code handle} runs, and returns it: the
   * report queries name them instead of repeating them.
   */
  static Handle defineFragments(Handle handle) {
    handle.define("inScope", HUB_IN_SCOPE);
    handle.define("sessionsInScope", SESSIONS_IN_SCOPE);
    handle.define("hubColumns", HUB_COLUMNS);
    handle.define("activeHub", ActiveHubs.IN_PERIOD);
    handle.define("month", Slice.MONTH.key());
    handle.define("raion", Slice.RAION.key());
    handle.define("hromada", Slice.HROMADA.key());
    handle.define("nobody", Headcounts.NOBODY);
    return handle;
  }

  /** Active hubs in one slice, and how many of them logged a session. */
  record HubCount(String slice, int active, int reporting) {}

  /**
   * Active hubs of the scope, whole or by oblast, raion or hromada, and those of them that logged a
   * session; {@code <activeHub>} is {@link ActiveHubs#IN_PERIOD}, {@code <reported>} {@link
   * #REPORTED} or {@link #REPORTED_COUNTED}.
   */
  @SqlQuery(
      """
      select <key> as slice, count(*) as active, count(r.hub_id) as reporting
      from hub h
      left join (<reported>) r on r.hub_id = h.id
      where <activeHub> and <inScope>
      <groupBy>
      """)
  @RegisterConstructorMapper(HubCount.class)
  List<HubCount> hubCounts(
      @Define("key") String key,
      @Define("groupBy") String groupBy,
      @Define("activeHub") String activeHub,
      @Define("inScope") String inScope,
      @Define("reported") String reported,
      @BindMethods("scope") ReportScope scope);

  /** Only the whole, oblasts, raions and hromadas apply: hubs have no month or topic. */
  default List<HubCount> hubCounts(Slice slice, ReportScope scope) {
    if (slice == Slice.MONTH || slice == Slice.HUB || slice == Slice.TOPIC) {
      throw new IllegalArgumentException("hubs are not counted by " + slice);
    }
    return hubCounts(
        slice.key(),
        slice.groupBy(),
        ActiveHubs.IN_PERIOD,
        HUB_IN_SCOPE,
        scope.wholeMonths() ? REPORTED : REPORTED_COUNTED,
        scope);
  }
}
