package org.hubops.api.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hubops.model.rest.ParticipantAccess;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.BatchChunkSize;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads of names and phones: written once, listed for admins. */
@RegisterConstructorMapper(ParticipantAccess.class)
interface AccessLogDao {

  /** A null filter matches every read. */
  String FILTER =
      """
      where (cast(:participant as uuid) is null or participant_id = cast(:participant as uuid))
        and (cast(:from as timestamp with time zone) is null or read_at >= :from)
        and (cast(:to as timestamp with time zone) is null or read_at < :to)
      """;

  @SqlBatch(
      """
      insert into participant_access (id, read_at, actor, hub_id, participant_id, route)
      values (:a.id, :a.readAt, :a.actor, :a.hubId, :a.participantId, :a.route)
      """)
  @BatchChunkSize(500)
  void insertAll(@BindMethods("a") List<ParticipantAccess> reads);

  @SqlQuery(
      "select id, read_at, actor, hub_id, participant_id, route from participant_access "
          + FILTER
          + " order by read_at desc, id limit :limit offset :offset")
  List<ParticipantAccess> list(UUID participant, Instant from, Instant to, int limit, int offset);

  @SqlQuery("select count(*) from participant_access " + FILTER)
  long count(UUID participant, Instant from, Instant to);
}
