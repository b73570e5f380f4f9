package org.hubops.api.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hubops.api.reports.Headcounts;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMap;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.BatchChunkSize;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Sessions and their parts. Lists read the parts of a whole page in three queries, never one per
 * session. Deleted sessions ({@code deleted_at} set) are kept but never listed.
 */
@RegisterConstructorMapper(SessionRow.class)
@RegisterConstructorMapper(AttendeeRow.class)
@RegisterConstructorMapper(SessionLink.class)
@RegisterConstructorMapper(SessionOwner.class)
public interface SessionDao {

  String COLUMNS =
      """
      id, hub_id, session_date, start_time, duration_minutes, kind, format, title, trainer,
      notes, version, created_at, updated_at, u_idp, u_disability, u_veteran
      """;

  String IN_RANGE =
      """
      where hub_id = :hubId and deleted_at is null
        and (cast(:from as date) is null or session_date >= :from)
        and (cast(:to as date) is null or session_date <= :to)
      """;

  @SqlQuery("select " + COLUMNS + " from session where id = :id and deleted_at is null")
  Optional<SessionRow> find(UUID id);

  @SqlQuery(
      "select "
          + COLUMNS
          + " from session "
          + IN_RANGE
          + " order by session_date desc, start_time desc, id limit :limit offset :offset")
  List<SessionRow> list(UUID hubId, LocalDate from, LocalDate to, int limit, int offset);

  @SqlQuery("select count(*) from session " + IN_RANGE)
  long count(UUID hubId, LocalDate from, LocalDate to);

  /** The live sessions among {@code ids}, without their parts. */
  @SqlQuery("select " + COLUMNS + " from session where id in (<ids>) and deleted_at is null")
  List<SessionRow> findAll(@BindList("ids") Collection<UUID> ids);

  /** Who holds each of {@code ids} that is taken, deleted or not: ids are never reused. */
  @SqlQuery(
      """
      select id, hub_id, deleted_at is not null as deleted, imported_version
      from session where id in (<ids>)
      """)
  List<SessionOwner> ownersOf(@BindList("ids") Collection<UUID> ids);

  @SqlQuery(
      "select session_id, topic_code as linked from session_topic where session_id in (<ids>)"
          + " order by topic_code")
  List<SessionLink> topicsOf(@BindList("ids") Collection<UUID> sessionIds);

  @SqlQuery(
      "select session_id, cast(equipment_id as varchar(36)) as linked from session_equipment"
          + " where session_id in (<ids>)")
  List<SessionLink> equipmentOf(@BindList("ids") Collection<UUID> sessionIds);

  @SqlQuery(
      """
      select session_id, seq, participant_id, gender, age_band, idp, disability, veteran
      from attendee where session_id in (<ids>) order by session_id, seq
      """)
  List<AttendeeRow> attendeesOf(@BindList("ids") Collection<UUID> sessionIds);

  @SqlQuery("select id from equipment where hub_id = :hubId and id in (<ids>)")
  Set<UUID> equipmentOfHub(UUID hubId, @BindList("ids") Collection<UUID> ids);

  @SqlQuery("select id from participant where hub_id = :hubId and id in (<ids>)")
  Set<UUID> participantsOfHub(UUID hubId, @BindList("ids") Collection<UUID> ids);

  /** Batches of this many rows: one round trip each, and bounded driver memory. */
  int CHUNK = 1000;

  /**
   * A new session with its {@link Headcounts} in one statement: {@code <counts>} is {@link
   * #HEADCOUNT_COLUMNS}, {@code <values>} {@link #HEADCOUNT_VALUES}. An import marks the session as
   * its own at the first version ({@code importedVersion} 1; null for any other writer).
   */
  String INSERT =
      """
      insert into session (id, hub_id, session_date, start_time, duration_minutes, kind, format,
                           title, trainer, notes, version, imported_version, created_at,
                           updated_at, created_by, <counts>)
      values (:s.id, :s.hubId, :s.sessionDate, :s.startTime, :s.durationMinutes, :s.kind,
              :s.format, :s.title, :s.trainer, :s.notes, 1, :importedVersion, :now, :now, :actor,
              <values>)
      """;

  /**
   * A session replaced at {@code s.version} with its {@link Headcounts} ({@code <assignments>} is
   * {@link #HEADCOUNT_ASSIGNMENTS}); an import ({@code imported}) marks the new version as its own.
   * Refuses (0) a stale version, including a session edited since an import's plan read it.
   */
  String UPDATE =
      """
      update session set session_date = :s.sessionDate, start_time = :s.startTime,
                         duration_minutes = :s.durationMinutes, kind = :s.kind,
                         format = :s.format, title = :s.title, trainer = :s.trainer,
                         notes = :s.notes, version = version + 1,
                         imported_version = case when :imported then version + 1
                                                 else imported_version end,
                         updated_at = :now, <assignments>
      where id = :s.id and version = :s.version and deleted_at is null
      """;

  @SqlBatch(INSERT)
  @BatchChunkSize(CHUNK)
  void insertAll(
      @Define("counts") String counts,
      @Define("values") String values,
      @BindMethods("s") List<SessionRow> sessions,
      @BindMap("c") List<Map<String, Object>> headcounts,
      @Bind("importedVersion") Long importedVersion,
      @Bind("now") Instant now,
      @Bind("actor") String actor);

  /** 0 where {@code version} is stale. */
  @SqlBatch(UPDATE)
  @BatchChunkSize(CHUNK)
  int[] updateAll(
      @Define("assignments") String assignments,
      @BindMethods("s") List<SessionRow> sessions,
      @BindMap("c") List<Map<String, Object>> headcounts,
      @Bind("imported") boolean imported,
      @Bind("now") Instant now);

  String HEADCOUNT_COLUMNS = String.join(", ", Headcounts.COLUMNS);

  String HEADCOUNT_VALUES =
      String.join(", ", Headcounts.COLUMNS.stream().map(c -> ":c." + c).toList());

  String HEADCOUNT_ASSIGNMENTS =
      String.join(", ", Headcounts.COLUMNS.stream().map(c -> c + " = :c." + c).toList());

  /**
   * Marks sessions (id → version) as agreeing with an import at the version they have, unless
   * changed since the import read them.
   */
  @SqlBatch(
      """
      update session set imported_version = version
      where id = :id and version = :version and deleted_at is null
      """)
  @BatchChunkSize(CHUNK)
  void markImported(@BindMethods List<SessionVersion> sessions);

  /** Returns 0 when {@code version} is stale or the session is already deleted. */
  @SqlUpdate(
      """
      update session set deleted_at = :now, updated_at = :now, version = version + 1
      where id = :id and version = :version and deleted_at is null
      """)
  int softDelete(UUID id, long version, Instant now);

  @SqlBatch("insert into session_topic (session_id, topic_code) values (:sessionId, :linked)")
  @BatchChunkSize(CHUNK)
  void insertTopics(@BindMethods List<SessionLink> links);

  @SqlBatch(
      """
      insert into session_equipment (session_id, equipment_id)
      values (:sessionId, cast(:linked as uuid))
      """)
  @BatchChunkSize(CHUNK)
  void insertEquipment(@BindMethods List<SessionLink> links);

  @SqlBatch(
      """
      insert into attendee (session_id, seq, participant_id, gender, age_band, idp, disability,
                            veteran)
      values (:sessionId, :seq, cast(:participantId as uuid), :gender, :ageBand, :idp, :disability, :veteran)
      """)
  @BatchChunkSize(CHUNK)
  void insertAttendees(@BindMethods List<AttendeeRow> attendees);

  @SqlUpdate("delete from session_topic where session_id in (<ids>)")
  void deleteTopics(@BindList("ids") Collection<UUID> sessionIds);

  @SqlUpdate("delete from session_equipment where session_id in (<ids>)")
  void deleteEquipment(@BindList("ids") Collection<UUID> sessionIds);

  @SqlUpdate("delete from attendee where session_id in (<ids>)")
  void deleteAttendees(@BindList("ids") Collection<UUID> sessionIds);
}
