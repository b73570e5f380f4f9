package org.hubops.api.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hubops.api.reports.ActiveHubs;
import org.hubops.api.reports.ReportScope;
import org.hubops.model.NilReason;
import org.hubops.model.SubmissionState;
import org.hubops.model.rest.Submission;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Submissions, quarter locks and the figures of completeness. */
@RegisterRowMapper(SubmissionMapper.class)
interface CycleDao {

  String SUBMISSION =
      """
      select s.*, h.code as hub_code, h.name as hub_name, h.oblast_code as hub_oblast
      from submission s join hub h on h.id = s.hub_id
      """;

  @SqlQuery(
      SUBMISSION
          + " where s.hub_id = :hubId and s.period_year = :year"
          + " and s.period_quarter = :quarter")
  Optional<Submission> find(UUID hubId, int year, int quarter);

  /** A quarter's submissions, of one oblast or all, in one state or any. */
  @SqlQuery(
      SUBMISSION
          + """
          where s.period_year = :year and s.period_quarter = :quarter
            and (cast(:oblast as varchar(8)) is null or h.oblast_code = :oblast)
            and (cast(:state as varchar(16)) is null or s.state = :state)
          order by h.oblast_code, h.code
          """)
  List<Submission> list(int year, int quarter, String oblast, SubmissionState state);

  /**
   * The hub's sessions of the period and their attendees, as a submission records them, with what
   * its checklist asks about: sessions counting nobody, and sessions entered from {@code ended}
   * (the first instant after the period) on.
   */
  record Logged(int sessions, int attendances, int withoutAttendees, int lateEntries) {}

  @SqlQuery(
      """
      select count(*) as sessions, coalesce(sum(<attendees>), 0) as attendances,
             coalesce(sum(case when <attendees> = 0 then 1 else 0 end), 0) as without_attendees,
             coalesce(sum(case when s.created_at >= :ended then 1 else 0 end), 0) as late_entries
      from session s
      where s.hub_id = :hubId and s.deleted_at is null
        and s.session_date >= :scope.from and s.session_date <= :scope.to
      """)
  @RegisterConstructorMapper(Logged.class)
  Logged logged(
      @Define("attendees") String attendees,
      UUID hubId,
      @BindMethods("scope") ReportScope scope,
      Instant ended);

  /** The hub's items in service not checked since {@code since} (or never). */
  @SqlQuery(
      """
      select count(*) from equipment e
      where e.hub_id = :hubId and e.status = 'IN_SERVICE'
        and (e.last_checked_on is null or e.last_checked_on < :since)
      """)
  int uncheckedEquipment(UUID hubId, LocalDate since);

  /**
   * What a hub files for a quarter, as a first submission or over a returned or reopened one: the
   * statement (nil or not, with its reason and note), the figures logged at that moment, and who
   * filed it when.
   */
  record Filing(
      UUID hubId,
      int year,
      int quarter,
      boolean nil,
      NilReason reason,
      String note,
      int sessions,
      int attendances,
      boolean onTime,
      Instant now,
      String actor) {}

  @SqlUpdate(
      """
      insert into submission (hub_id, period_year, period_quarter, state, nil, nil_reason, note,
                              sessions, attendances, submitted_at, submitted_by, on_time,
                              version, created_at, updated_at, created_by)
      values (:hubId, :year, :quarter, 'SUBMITTED', :nil, :reason, :note, :sessions, :attendances,
              :now, :actor, :onTime, 1, :now, :now, :actor)
      """)
  void insert(@BindMethods Filing filing);

  /** A new submission over a returned or reopened one; 0 when the version is stale. */
  @SqlUpdate(
      """
      update submission set state = 'SUBMITTED', nil = :nil, nil_reason = :reason, note = :note,
                            sessions = :sessions, attendances = :attendances,
                            submitted_at = :now, submitted_by = :actor, on_time = :onTime,
                            reviewed_at = null, reviewed_by = null, review_comment = null,
                            version = version + 1, updated_at = :now
      where hub_id = :hubId and period_year = :year and period_quarter = :quarter
        and version = :version
      """)
  int resubmit(@BindMethods Filing filing, long version);

  /** A reviewer's (or admin's) decision; 0 when the version is stale. */
  @SqlUpdate(
      """
      update submission set state = :state, reviewed_at = :now, reviewed_by = :actor,
                            review_comment = :comment, version = version + 1, updated_at = :now
      where hub_id = :hubId and period_year = :year and period_quarter = :quarter
        and version = :version
      """)
  int review(
      UUID hubId,
      int year,
      int quarter,
      SubmissionState state,
      String comment,
      Instant now,
      String actor,
      long version);

  /** The lock of a quarter, if it is locked. */
  record LockRow(int periodYear, int periodQuarter, Instant lockedAt, String lockedBy) {}

  @SqlQuery("select * from quarter_lock where period_year = :year and period_quarter = :quarter")
  @RegisterConstructorMapper(LockRow.class)
  Optional<LockRow> lock(int year, int quarter);

  @SqlUpdate(
      "insert into quarter_lock (period_year, period_quarter, locked_at, locked_by)"
          + " values (:year, :quarter, :now, :actor)")
  void insertLock(int year, int quarter, Instant now, String actor);

  @SqlUpdate(
      "update quarter_lock set locked_at = :now, locked_by = :actor"
          + " where period_year = :year and period_quarter = :quarter")
  int relock(int year, int quarter, Instant now, String actor);

  @SqlUpdate("delete from quarter_lock where period_year = :year and period_quarter = :quarter")
  int deleteLock(int year, int quarter);

  /** An expected hub of the quarter and where its submission stands (null state: none). */
  record HubStanding(
      String hubCode,
      String hubName,
      String oblast,
      String raionCode,
      String raion,
      SubmissionState state,
      Boolean nil,
      Boolean onTime,
      LocalDate lastSession) {}

  /** Every hub expected to report in the scope's period: active on at least one day of it. */
  @SqlQuery(
      """
      select h.code as hub_code, h.name as hub_name, h.oblast_code as oblast, h.raion_code,
             p.name as raion, s.state, s.nil, s.on_time,
             (select max(x.session_date) from session x
              where x.hub_id = h.id and x.deleted_at is null) as last_session
      from hub h
      left join place p on p.code = h.raion_code
      left join submission s on s.hub_id = h.id
                            and s.period_year = :year and s.period_quarter = :quarter
      where (cast(:scope.oblast as varchar(8)) is null or h.oblast_code = :scope.oblast)
        and
      """
          + ActiveHubs.IN_PERIOD
          + " order by h.oblast_code, raion, h.code")
  @RegisterConstructorMapper(HubStanding.class)
  List<HubStanding> expected(int year, int quarter, @BindMethods("scope") ReportScope scope);

  /** A hub's active coordinator, by display name (else username). */
  record Coordinator(String hubCode, String name) {}

  /** Every hub's active coordinators, read once rather than once per missing hub. */
  @SqlQuery(
      """
      select h.code as hub_code, coalesce(a.display_name, a.username) as name from account a
      join account_hub ah on ah.account_id = a.id
      join hub h on h.id = ah.hub_id
      where a.active and a.role = 'COORDINATOR'
      order by h.code, name
      """)
  @RegisterConstructorMapper(Coordinator.class)
  List<Coordinator> coordinators();
}
