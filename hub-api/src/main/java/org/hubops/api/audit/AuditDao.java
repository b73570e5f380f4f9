package org.hubops.api.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The audit trail: written once, never changed. */
@RegisterConstructorMapper(AuditRow.class)
interface AuditDao {

  /** A null filter matches every entry. */
  String FILTER =
      """
      where (cast(:entity as varchar(32)) is null or entity = :entity)
        and (cast(:entityId as varchar(100)) is null or entity_id = :entityId)
      """;

  @SqlUpdate(
      """
      insert into audit_entry (id, recorded_at, actor, entity, entity_id, action, before_json,
                               after_json)
      values (:id, :recordedAt, :actor, :entity, :entityId, :action, :before, :after)
      """)
  void insert(
      UUID id,
      Instant recordedAt,
      String actor,
      String entity,
      String entityId,
      String action,
      String before,
      String after);

  @SqlQuery(
      "select id, recorded_at, actor, entity, entity_id, action, before_json, after_json"
          + " from audit_entry "
          + FILTER
          + " order by recorded_at desc, id limit :limit offset :offset")
  List<AuditRow> list(String entity, String entityId, int limit, int offset);

  @SqlQuery("select count(*) from audit_entry " + FILTER)
  long count(String entity, String entityId);
}
