package org.hubops.api.equipment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hubops.model.EquipmentCategory;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.rest.Equipment;
import org.hubops.model.rest.EquipmentCheck;
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

  /** The items a list shows, which the list and its count both read; a null filter matches all. */
  String LISTED =
      """
      from equipment
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
      "select " + COLUMNS + LISTED + "order by inventory_number, id limit :limit offset :offset")
  List<Equipment> list(
      UUID hubId, EquipmentStatus status, EquipmentCategory category, int limit, int offset);

  @SqlQuery("select count(*) " + LISTED)
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

  @SqlUpdate(
      """
      insert into equipment_check (id, equipment_id, check_date, found, condition, note,
                                   checked_by, recorded_at)
      values (:c.id, :c.equipmentId, :c.date, :c.found, :c.condition, :c.note, :c.checkedBy,
              :c.recordedAt)
      """)
  void insertCheck(@BindMethods("c") EquipmentCheck check);

  /** An item's checks, the latest first. */
  @SqlQuery(
      """
      select id, equipment_id, check_date as date, found, condition, note, checked_by, recorded_at
      from equipment_check where equipment_id = :equipmentId
      order by check_date desc, recorded_at desc
      """)
  @RegisterConstructorMapper(EquipmentCheck.class)
  List<EquipmentCheck> checks(UUID equipmentId);

  /** The item was checked on {@code day}: its last check, unless a later one is recorded. */
  @SqlUpdate(
      """
      update equipment set last_checked_on = :day, version = version + 1, updated_at = :now
      where id = :id and (last_checked_on is null or last_checked_on < :day)
      """)
  int markChecked(UUID id, LocalDate day, Instant now);

  /**
   * Items in service, under repair or broken whose last check (never checked: acquisition, else
   * registration) was before {@code dueBefore}, of one hub or of one oblast's hubs (null: every
   * hub), the longest unchecked first.
   */
  @SqlQuery(
      """
      select h.code as hub_code, h.oblast_code as oblast, e.id as equipment_id, e.inventory_number, e.category, e.model,
             e.funding_source, e.status, e.last_checked_on,
             coalesce(e.last_checked_on, e.acquired_on, cast(e.created_at as date)) as counted_from
      from equipment e join hub h on h.id = e.hub_id
      where e.status in ('IN_SERVICE', 'UNDER_REPAIR', 'BROKEN')
        and coalesce(e.last_checked_on, e.acquired_on, cast(e.created_at as date)) < :dueBefore
        and (cast(:hubId as uuid) is null or e.hub_id = cast(:hubId as uuid))
        and (cast(:oblast as varchar(8)) is null or h.oblast_code = :oblast)
      order by counted_from, h.code, e.inventory_number
      """)
  @RegisterConstructorMapper(Unchecked.class)
  List<Unchecked> unchecked(LocalDate dueBefore, UUID hubId, String oblast);

  /** An item not checked for a while, with its hub's code. */
  record Unchecked(
      String hubCode,
      String oblast,
      UUID equipmentId,
      String inventoryNumber,
      EquipmentCategory category,
      String model,
      String fundingSource,
      EquipmentStatus status,
      LocalDate lastCheckedOn,
      LocalDate countedFrom) {}
}
