package org.hubops.api.audit;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.BatchChunkSize;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The audit trail: written once, never changed. */
@RegisterConstructorMapper(AuditRow.class)
interface AuditDao {

  String COLUMNS = "id, recorded_at, actor, entity, entity_id, action, before_json, after_json ";

  /**
   * The entries a list shows, which the list and its count both read; a null filter matches all.
   */
  String LISTED =
      """
      from audit_entry
      where (cast(:entity as varchar(32)) is null or entity = :entity)
        and (cast(:entityId as varchar(100)) is null or entity_id = :entityId)
      """;

  @SqlUpdate(
      """
      insert into audit_entry (id, recorded_at, actor, entity, entity_id, action, before_json,
                               after_json)
      values (:e.id, :e.recordedAt, :e.actor, :e.entity, :e.entityId, :e.action, :e.beforeJson,
              :e.afterJson)
      """)
  void insert(@BindMethods("e") AuditRow entry);

  /** Many entries in one batched statement, for imports. */
  @SqlBatch(
      """
      insert into audit_entry (id, recorded_at, actor, entity, entity_id, action, before_json,
                               after_json)
      values (:e.id, :e.recordedAt, :e.actor, :e.entity, :e.entityId, :e.action, :e.beforeJson,
              :e.afterJson)
      """)
  @BatchChunkSize(1000)
  void insertAll(@BindMethods("e") List<AuditRow> entries);

  @SqlQuery(
      "select " + COLUMNS + LISTED + "order by recorded_at desc, id limit :limit offset :offset")
  List<AuditRow> list(String entity, String entityId, int limit, int offset);

  @SqlQuery("select count(*) " + LISTED)
  long count(String entity, String entityId);

  /** The snapshots of one record, for an erasure to rewrite. */
  @SqlQuery(
      "select " + COLUMNS + "from audit_entry where entity = :entity and entity_id = :entityId")
  List<AuditRow> entriesOf(String entity, String entityId);

  /** The one change ever made to an entry: an erasure taking personal data out of it. */
  @SqlUpdate("update audit_entry set before_json = :before, after_json = :after where id = :id")
  void rewrite(UUID id, String before, String after);
}
