package org.hubops.api.reports;

import java.util.List;
import org.hubops.model.AgeBand;
import org.hubops.model.Gender;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The figures of a report, counted by the database: each query groups the sessions of a {@link
 * ReportScope} by a {@link Slice} and returns one row per slice (and sex and age band), never one
 * per session or person. Deleted sessions are left out everywhere.
 */
interface FigureDao {

  /** The sessions of the scope and their hubs. */
  String SESSIONS = " from session s join hub h on h.id = s.hub_id ";

  /** The same, with the tables the slice's key needs. */
  String SLICED = SESSIONS + " <join> ";

  String IN_SCOPE =
      """
      where s.deleted_at is null
        and s.session_date >= :scope.from and s.session_date <= :scope.to
        and (cast(:scope.oblast as varchar(8)) is null or h.oblast_code = :scope.oblast)
        and (cast(:scope.hub as varchar(16)) is null or h.code = :scope.hub)
      """;

  /** Counts a condition over the rows of a group, the same way on both databases. */
  String FLAGS =
      """
      sum(case when idp then 1 else 0 end) as idp,
      sum(case when disability then 1 else 0 end) as disability,
      sum(case when veteran then 1 else 0 end) as veteran
      """;

  /** A participant's age in the year of their first session of the period. */
  String AGE = "(cast(extract(year from f.first_date) as int) - p.birth_year)";

  /** {@link AgeBand#atSession} in SQL; the DAO tests hold the two to the same answers. */
  String AGE_BAND =
      "case when p.birth_year is null or "
          + AGE
          + " < 0 then 'UNKNOWN' when "
          + AGE
          + " < 18 then 'UNDER_18' when "
          + AGE
          + " < 30 then 'AGE_18_29' when "
          + AGE
          + " < 40 then 'AGE_30_39' when "
          + AGE
          + " < 50 then 'AGE_40_49' when "
          + AGE
          + " < 60 then 'AGE_50_59' when "
          + AGE
          + " < 70 then 'AGE_60_69' else 'AGE_70_PLUS' end";

  /** Sessions and their minutes in one slice. */
  record SessionCount(String slice, long sessions, long minutes) {}

  /** People of one sex and age band in one slice, and how many of them are IDP and so on. */
  record PeopleCell(
      String slice,
      Gender gender,
      AgeBand ageBand,
      long people,
      long idp,
      long disability,
      long veteran) {}

  /** Active hubs in one slice, and how many of them logged a session. */
  record HubCount(String slice, int active, int reporting) {}

  @SqlQuery(
      "select <key> as slice, count(*) as sessions, coalesce(sum(s.duration_minutes), 0) as minutes "
          + SLICED
          + IN_SCOPE
          + "<groupBy>")
  @RegisterConstructorMapper(SessionCount.class)
  List<SessionCount> sessionCounts(
      @Define("key") String key,
      @Define("join") String join,
      @Define("groupBy") String groupBy,
      @BindMethods("scope") ReportScope scope);

  /** One row per attendee row, counted by the attendee row's own sex, age band and flags. */
  @SqlQuery(
      "select <key> as slice, a.gender, a.age_band, count(*) as people, "
          + FLAGS
          + SLICED
          + " join attendee a on a.session_id = s.id "
          + IN_SCOPE
          + "<groupBy>")
  @RegisterConstructorMapper(PeopleCell.class)
  List<PeopleCell> attendanceCells(
      @Define("key") String key,
      @Define("join") String join,
      @Define("groupBy") String groupBy,
      @BindMethods("scope") ReportScope scope);

  /**
   * Distinct registered participants per slice (participants belong to one hub, so a person on two
   * registers counts twice), by the register's sex and flags and by age at their first session of
   * the slice.
   */
  @SqlQuery(
      "select u.slice, u.gender, u.age_band, count(*) as people, "
          + FLAGS
          + " from (select f.slice, p.gender, p.idp, p.disability, p.veteran, "
          + AGE_BAND
          + " as age_band from (select <key> as slice, a.participant_id,"
          + " min(s.session_date) as first_date "
          + SLICED
          + " join attendee a on a.session_id = s.id "
          + IN_SCOPE
          + " and a.participant_id is not null <groupBy>) f"
          + " join participant p on p.id = f.participant_id) u"
          + " group by u.slice, u.gender, u.age_band")
  @RegisterConstructorMapper(PeopleCell.class)
  List<PeopleCell> participantCells(
      @Define("key") String key,
      @Define("join") String join,
      @Define("groupBy") String groupBy,
      @BindMethods("scope") ReportScope scope);

  /** Active hubs of the scope, whole or by oblast, and those of them that logged a session. */
  @SqlQuery(
      """
      select <key> as slice, count(*) as active, count(r.hub_id) as reporting
      from hub h
      left join (select distinct s.hub_id from session s
                 where s.deleted_at is null
                   and s.session_date >= :scope.from and s.session_date <= :scope.to) r
             on r.hub_id = h.id
      where h.status = 'ACTIVE'
        and (cast(:scope.oblast as varchar(8)) is null or h.oblast_code = :scope.oblast)
        and (cast(:scope.hub as varchar(16)) is null or h.code = :scope.hub)
      <groupBy>
      """)
  @RegisterConstructorMapper(HubCount.class)
  List<HubCount> hubCounts(
      @Define("key") String key,
      @Define("groupBy") String groupBy,
      @BindMethods("scope") ReportScope scope);

  default List<SessionCount> sessionCounts(Slice slice, ReportScope scope) {
    return sessionCounts(slice.key(), slice.join(), slice.groupBy(""), scope);
  }

  default List<PeopleCell> attendanceCells(Slice slice, ReportScope scope) {
    return attendanceCells(slice.key(), slice.join(), slice.groupBy("a.gender, a.age_band"), scope);
  }

  default List<PeopleCell> participantCells(Slice slice, ReportScope scope) {
    return participantCells(slice.key(), slice.join(), slice.groupBy("a.participant_id"), scope);
  }

  /** Only {@link Slice#WHOLE} and {@link Slice#OBLAST} apply: hubs have no month or topic. */
  default List<HubCount> hubCounts(Slice slice, ReportScope scope) {
    if (slice != Slice.WHOLE && slice != Slice.OBLAST) {
      throw new IllegalArgumentException("hubs are not counted by " + slice);
    }
    return hubCounts(slice.key(), slice.groupBy(""), scope);
  }
}
