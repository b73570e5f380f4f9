package org.hubops.api.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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
      notes, version, created_at, updated_at
      """;

  String IN_RANGE =
      """
      where hub_id = :hubId and deleted_at is null
        and (cast(:from as date) is null or session_date >= :from)
        and (cast(:to as date) is null or session_date <= :to)
      """;

  @SqlQuery("select " + COLUMNS + " from session where id = :id and deleted_at is null")
  Optional<SessionRow> find(UUID id);

  /** The hub of a session id ever used, deleted or not: ids are never reused. */
  @SqlQuery("select hub_id from session where id = :id")
  Optional<UUID> hubOfAnySession(UUID id);

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

  String INSERT =
      """
      insert into session (id, hub_id, session_date, start_time, duration_minutes, kind, format,
                           title, trainer, notes, version, created_at, updated_at, created_by)
      values (:s.id, :s.hubId, :s.sessionDate, :s.startTime, :s.durationMinutes, :s.kind,
              :s.format, :s.title, :s.trainer, :s.notes, 1, :now, :now, :actor)
      """;

  String UPDATE =
      """
      update session set session_date = :s.sessionDate, start_time = :s.startTime,
                         duration_minutes = :s.durationMinutes, kind = :s.kind,
                         format = :s.format, title = :s.title, trainer = :s.trainer,
                         notes = :s.notes, version = version + 1, updated_at = :now
      where id = :s.id and version = :s.version and deleted_at is null
      """;

  /** Batches of this many rows: one round trip each, and bounded driver memory. */
  int CHUNK = 1000;

  @SqlUpdate(INSERT)
  void insert(@BindMethods("s") SessionRow session, Instant now, String actor);

  /** As {@link #INSERT}, marking the session as written by an import at its first version. */
  String INSERT_IMPORTED =
      """
      insert into session (id, hub_id, session_date, start_time, duration_minutes, kind, format,
                           title, trainer, notes, version, imported_version, created_at,
                           updated_at, created_by)
      values (:s.id, :s.hubId, :s.sessionDate, :s.startTime, :s.durationMinutes, :s.kind,
              :s.format, :s.title, :s.trainer, :s.notes, 1, 1, :now, :now, :actor)
      """;

  /**
   * As {@link #UPDATE}, marking the new version as written by an import; it also refuses (0) a
   * session edited since the import's plan read it, as the version check does.
   */
  String UPDATE_IMPORTED =
      """
      update session set session_date = :s.sessionDate, start_time = :s.startTime,
                         duration_minutes = :s.durationMinutes, kind = :s.kind,
                         format = :s.format, title = :s.title, trainer = :s.trainer,
                         notes = :s.notes, version = version + 1,
                         imported_version = version + 1, updated_at = :now
      where id = :s.id and version = :s.version and deleted_at is null
      """;

  /** Sessions an import creates: {@link #INSERT_IMPORTED}. */
  @SqlBatch(INSERT_IMPORTED)
  @BatchChunkSize(CHUNK)
  void insertAll(
      @BindMethods("s") List<SessionRow> sessions,
      @Bind("now") Instant now,
      @Bind("actor") String actor);

  /** Returns 0 when {@code version} is stale. */
  @SqlUpdate(UPDATE)
  int update(@BindMethods("s") SessionRow session, Instant now);

  /** Sessions an import updates ({@link #UPDATE_IMPORTED}): 0 where {@code version} is stale. */
  @SqlBatch(UPDATE_IMPORTED)
  @BatchChunkSize(CHUNK)
  int[] updateAll(@BindMethods("s") List<SessionRow> sessions, @Bind("now") Instant now);

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

  /**
   * Sets sessions' {@link Headcounts}: {@code assignments} is {@link #HEADCOUNT_ASSIGNMENTS}, each
   * row binds the session's {@code id} and one value per column.
   */
  @SqlBatch("update session set <assignments> where id = :id")
  @BatchChunkSize(CHUNK)
  void updateHeadcounts(
      @Define("assignments") String assignments, @BindMap List<Map<String, Object>> rows);

  String HEADCOUNT_ASSIGNMENTS =
      String.join(", ", Headcounts.COLUMNS.stream().map(c -> c + " = :" + c).toList());

  @SqlUpdate("delete from session_topic where session_id in (<ids>)")
  void deleteTopics(@BindList("ids") Collection<UUID> sessionIds);

  @SqlUpdate("delete from session_equipment where session_id in (<ids>)")
  void deleteEquipment(@BindList("ids") Collection<UUID> sessionIds);

  @SqlUpdate("delete from attendee where session_id in (<ids>)")
  void deleteAttendees(@BindList("ids") Collection<UUID> sessionIds);
}
