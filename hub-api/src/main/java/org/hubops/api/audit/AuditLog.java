package org.hubops.api.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Records who changed what, when, with the record before and after, on the handle of the change
 * itself so that the entry commits or rolls back with it. Services call it inside their
 * transaction:
 *
 * <pre>{@code
 * jdbi.inTransaction(handle -> {
 *   ... write the participant ...
 *   audit.created(handle, actor, AuditEntity.PARTICIPANT, stored.id(), stored);
 *   // or audit.updated(handle, actor, AuditEntity.EQUIPMENT, id, before, after)
 *   // or audit.deleted(handle, actor, AuditEntity.SESSION, id, before)
 *   // or audit.record(handle, actor, AuditEntity.EQUIPMENT, id, AuditAction.STATUS_CHANGE, before, after)
 * });
 * }</pre>
 *
 * An import records its many changes with one batched statement through {@link #recordAll}.
 *
 * <p>Snapshots are the API's records turned into JSON. Whatever their type, fields that hold
 * secrets ({@link #SECRET_FIELDS}) are dropped and fields that hold personal data ({@link
 * #PERSONAL_FIELDS}) are masked, at any depth, so a caller cannot leak them by passing a whole
 * record.
 */
public record AuditLog(ObjectMapper json, Clock clock) {

  /** Never stored in the audit trail. */
  static final Set<String> SECRET_FIELDS =
      Set.of("password", "passwordHash", "token", "tokenHash", "csrfToken");

  /** Participants' names and phones: the trail shows that they changed, not what they are. */
  static final Set<String> PERSONAL_FIELDS = Set.of("fullName", "phone");

  static final String MASK = "***";

  public void created(Handle handle, String actor, AuditEntity entity, Object id, Object after) {
    record(handle, actor, entity, id, AuditAction.CREATE, null, after);
  }

  public void updated(
      Handle handle, String actor, AuditEntity entity, Object id, Object before, Object after) {
    record(handle, actor, entity, id, AuditAction.UPDATE, before, after);
  }

  public void deleted(Handle handle, String actor, AuditEntity entity, Object id, Object before) {
    record(handle, actor, entity, id, AuditAction.DELETE, before, null);
  }

  /**
   * @param id the entity's id ({@code toString()} is stored); a username for accounts
   * @param before null for a create
   * @param after null for a delete
   */
  public void record(
      Handle handle,
      String actor,
      AuditEntity entity,
      Object id,
      AuditAction action,
      Object before,
      Object after) {
    handle
        .attach(AuditDao.class)
        .insert(
            new AuditRow(
                UUID.randomUUID(),
                clock.instant(),
                actor,
                entity.name(),
                id.toString(),
                action.name(),
                snapshot(before),
                snapshot(after)));
  }

  /**
   * One change of many, for {@link #recordAll}.
   *
   * @param before null for a create
   * @param after null for a delete
   */
  public record Change(
      AuditEntity entity, Object id, AuditAction action, Object before, Object after) {}

  /**
   * Records many changes by one actor at once, in batched inserts on the handle of the change, so
   * that an import of ten thousand sessions costs a few statements rather than ten thousand.
   */
  public void recordAll(Handle handle, String actor, List<Change> changes) {
    if (changes.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    List<AuditRow> rows = new ArrayList<>(changes.size());
    for (Change change : changes) {
      rows.add(
          new AuditRow(
              UUID.randomUUID(),
              now,
              actor,
              change.entity().name(),
              change.id().toString(),
              change.action().name(),
              snapshot(change.before()),
              snapshot(change.after())));
    }
    handle.attach(AuditDao.class).insertAll(rows);
  }

  /**
   * Takes the personal fields out of every snapshot of one record (set to null, not masked: an
   * erased person's trail must not even say that there was a name), so that an erasure leaves
   * nothing of the person in the trail; the erasure itself is then recorded with {@link #record}.
   * The trail is otherwise never changed.
   */
  public void erasePersonalData(Handle handle, AuditEntity entity, Object id) {
    AuditDao dao = handle.attach(AuditDao.class);
    for (AuditRow row : dao.entriesOf(entity.name(), id.toString())) {
      String before = withoutPersonalData(row.beforeJson());
      String after = withoutPersonalData(row.afterJson());
      if (!Objects.equals(before, row.beforeJson()) || !Objects.equals(after, row.afterJson())) {
        dao.rewrite(row.id(), before, after);
      }
    }
  }

  private String withoutPersonalData(String snapshot) {
    if (snapshot == null) {
      return null;
    }
    try {
      JsonNode tree = json.readTree(snapshot);
      nullPersonal(tree);
      return json.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("An audit snapshot is JSON the trail wrote", e);
    }
  }

  private static void nullPersonal(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (String field : PERSONAL_FIELDS) {
        if (object.has(field)) {
          object.putNull(field);
        }
      }
    }
    node.forEach(AuditLog::nullPersonal);
  }

  /** The record as JSON text, without secrets and with personal data masked. */
  String snapshot(Object record) {
    if (record == null) {
      return null;
    }
    JsonNode tree = json.valueToTree(record);
    scrub(tree);
    try {
      return json.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JSON tree always serializes", e);
    }
  }

  private static void scrub(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove(SECRET_FIELDS);
      for (String field : PERSONAL_FIELDS) {
        JsonNode value = object.get(field);
        if (value != null && !value.isNull()) {
          object.put(field, MASK);
        }
      }
    }
    node.forEach(AuditLog::scrub);
  }
}
