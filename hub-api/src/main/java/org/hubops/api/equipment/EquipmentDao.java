package org.hubops.api.equipment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hubops.model.EquipmentCategory;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.rest.Equipment;
import org.hubops.model.rest.EquipmentEvent;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * A hub's equipment and each item's status history. Every read of an item names the hub, so no
 * query can leak another's. The status is written only together with a history event.
 */
@RegisterConstructorMapper(Equipment.class)
@RegisterConstructorMapper(EquipmentEvent.class)
public interface EquipmentDao {

  String COLUMNS =
      """
      id, hub_id, inventory_number, category, model, serial_number, funding_source, acquired_on,
      status, status_since, last_checked_on, notes, version, created_at, updated_at
      """;

  /** Filters of the equipment list; a null filter matches every item. */
  String FILTER =
      """
      where hub_id = :hubId
        and (cast(:status as varchar(16)) is null or status = :status)
        and (cast(:category as varchar(16)) is null or category = :category)
      """;

  @SqlQuery("select " + COLUMNS + " from equipment where hub_id = :hubId and id = :id")
  Optional<Equipment> find(UUID hubId, UUID id);

  /** Whether the id is taken in any hub: ids are global, so a retried create must not reuse it. */
  @SqlQuery("select count(*) from equipment where id = :id")
  boolean exists(UUID id);

  @SqlQuery(
      "select "
          + COLUMNS
          + " from equipment "
          + FILTER
          + " order by inventory_number, id limit :limit offset :offset")
  List<Equipment> list(
      UUID hubId, EquipmentStatus status, EquipmentCategory category, int limit, int offset);

  @SqlQuery("select count(*) from equipment " + FILTER)
  long count(UUID hubId, EquipmentStatus status, EquipmentCategory category);

  @SqlQuery(
      """
      select count(*) from equipment
      where hub_id = :hubId and inventory_number = :inventoryNumber and id <> :id
      """)
  boolean inventoryNumberTakenByOther(UUID hubId, String inventoryNumber, UUID id);

  @SqlUpdate(
      """
      insert into equipment (id, hub_id, inventory_number, category, model, serial_number,
                             funding_source, acquired_on, status, status_since, last_checked_on,
                             notes, version, created_at, updated_at, created_by)
      values (:e.id, :e.hubId, :e.inventoryNumber, :e.category, :e.model, :e.serialNumber,
              :e.fundingSource, :e.acquiredOn, :e.status, :e.statusSince, :e.lastCheckedOn,
              :e.notes, 1, :now, :now, :actor)
      """)
  void insert(@BindMethods("e") Equipment equipment, Instant now, String actor);

  /** Everything but the status, which changes only with {@link #changeStatus}. 0: stale. */
  @SqlUpdate(
      """
      update equipment set inventory_number = :e.inventoryNumber, category = :e.category,
                           model = :e.model, serial_number = :e.serialNumber,
                           funding_source = :e.fundingSource, acquired_on = :e.acquiredOn,
                           last_checked_on = :e.lastCheckedOn, notes = :e.notes,
                           version = version + 1, updated_at = :now
      where id = :e.id and hub_id = :e.hubId and version = :e.version
      """)
  int update(@BindMethods("e") Equipment equipment, Instant now);

  /** Returns 0 when {@code version} is stale; the caller records the event beside it. */
  @SqlUpdate(
      """
      update equipment set status = :status, status_since = :since, version = version + 1,
                           updated_at = :now
      where id = :id and version = :version
      """)
  int changeStatus(UUID id, long version, EquipmentStatus status, LocalDate since, Instant now);

  @SqlUpdate(
      """
      insert into equipment_event (id, equipment_id, event_date, from_status, to_status, note,
                                   recorded_by, recorded_at)
      values (:e.id, :e.equipmentId, :e.date, :e.fromStatus, :e.toStatus, :e.note,
              :e.recordedBy, :e.recordedAt)
      """)
  void insertEvent(@BindMethods("e") EquipmentEvent event);

  /** Oldest first. A change is never dated before the one it follows, so dates already agree. */
  @SqlQuery(
      """
      select id, equipment_id, event_date as date, from_status, to_status, note, recorded_by,
             recorded_at
      from equipment_event where equipment_id = :equipmentId
      order by event_date, recorded_at, id
      """)
  List<EquipmentEvent> history(UUID equipmentId);
}
