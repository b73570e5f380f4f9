package org.hubops.api.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Writes the figures kept per hub and month ({@link FigureRollup}), each counted from the session
 * tables of the hub (or, with {@code hub} null, of every hub) between two days. {@code <month>} is
 * {@link Slice#MONTH}'s key, {@code <columns>} and {@code <sums>} the session headcount columns.
 */
interface RollupDao {

  /**
   * The sessions a count reads: the hub's (with {@code :hub} null, every hub's), not deleted, held
   * from {@code :from} to {@code :to}.
   */
  String COUNTED =
      """
      where (cast(:hub as uuid) is null or s.hub_id = cast(:hub as uuid)) and s.deleted_at is null
        and s.session_date >= :from and s.session_date <= :to
      """;

  /**
   * Takes the hubs' rows as this transaction's, so that two transactions writing one hub's sessions
   * recount its months one after the other, each seeing the other's sessions. An update that
   * changes no key column: on PostgreSQL it does not wait for the foreign-key share locks that
   * writing the hub's sessions takes, as {@code select for update} would (a deadlock).
   */
  @SqlUpdate("update hub set opened_on = opened_on where id in (<hubs>)")
  int lockHubs(@BindList("hubs") List<UUID> hubs);

  /**
   * Forgets the months from {@code first} to {@code last} ({@code yyyymm}) of one kept table
   * ({@code <table>}: a fixed name, never a request's) for the hub, or for every hub.
   */
  @SqlUpdate(
      """
      delete from <table>
      where (cast(:hub as uuid) is null or hub_id = cast(:hub as uuid)) and period between :first and :last
      """)
  void deleteMonths(@Define("table") String table, UUID hub, int first, int last);

  @SqlUpdate(
      """
      insert into figure_hub_month (hub_id, period, sessions, minutes, <columns>)
      select s.hub_id, <month>, count(*), coalesce(sum(s.duration_minutes), 0), <sums>
      from session s
      """
          + COUNTED
          + " group by s.hub_id, <month>")
  void insertHubMonths(
      @Define("columns") String columns,
      @Define("sums") String sums,
      @Define("month") String month,
      UUID hub,
      LocalDate from,
      LocalDate to);

  @SqlUpdate(
      """
      insert into figure_topic_month (hub_id, period, topic_code, sessions, minutes, <columns>)
      select s.hub_id, <month>, st.topic_code, count(*), coalesce(sum(s.duration_minutes), 0),
             <sums>
      from session s join session_topic st on st.session_id = s.id
      """
          + COUNTED
          + " group by s.hub_id, <month>, st.topic_code")
  void insertTopicMonths(
      @Define("columns") String columns,
      @Define("sums") String sums,
      @Define("month") String month,
      UUID hub,
      LocalDate from,
      LocalDate to);

  /**
   * The sessions that used items, per hub, month and set of items used together (their ids,
   * separated by {@code ;}): {@code <attendees>} is a session's attendances.
   */
  @SqlUpdate(
      """
      insert into figure_equipment_month (hub_id, period, items, sessions, minutes, attendances)
      select u.hub_id, u.period, u.items, count(*), sum(u.minutes), sum(u.attendances)
      from (select s.hub_id, max(<month>) as period,
                   string_agg(distinct cast(se.equipment_id as varchar(36)), ';') as items,
                   max(coalesce(s.duration_minutes, 0)) as minutes, max(<attendees>) as attendances
            from session s join session_equipment se on se.session_id = s.id
      """
          + COUNTED
          + """
            group by s.id, s.hub_id) u
      group by u.hub_id, u.period, u.items
      """)
  void insertEquipmentMonths(
      @Define("attendees") String attendees,
      @Define("month") String month,
      UUID hub,
      LocalDate from,
      LocalDate to);

  @SqlUpdate(
      """
      delete from figure_person_quarter
      where (cast(:hub as uuid) is null or hub_id = cast(:hub as uuid)) and quarter = :quarter
      """)
  void deletePersonQuarters(UUID hub, int quarter);

  /** {@code <quarter>} is the key of the quarter from {@code :from} to {@code :to}. */
  @SqlUpdate(
      """
      insert into figure_person_quarter (quarter, participant_id, hub_id, months, topics)
      select :quarter, a.participant_id, s.hub_id,
             string_agg(distinct cast(<month> as varchar(6)), ';'),
             string_agg(distinct st.topic_code, ';')
      from session s
      join session_topic st on st.session_id = s.id
      join attendee a on a.session_id = s.id
      """
          + COUNTED
          + " and a.participant_id is not null group by a.participant_id, s.hub_id")
  void insertPersonQuarters(
      @Define("month") String month, UUID hub, int quarter, LocalDate from, LocalDate to);

  /** The quarters ({@code yyyyq}) a registered participant came to their hub in. */
  @SqlQuery(
      """
      select distinct quarter from figure_person_quarter
      where hub_id = :hub and participant_id = :participant
      """)
  List<Integer> quartersOf(UUID hub, UUID participant);

  /** The first and last day any session is held on, to recount every month. */
  @SqlQuery("select min(session_date) from session")
  LocalDate firstSessionDay();

  @SqlQuery("select max(session_date) from session")
  LocalDate lastSessionDay();
}
