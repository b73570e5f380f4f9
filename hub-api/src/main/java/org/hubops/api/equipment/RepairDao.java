package org.hubops.api.equipment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hubops.model.rest.EquipmentRepair;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** An item's repairs: opened, then closed once; the item's status moves with them. */
@RegisterConstructorMapper(EquipmentRepair.class)
interface RepairDao {

  String COLUMNS =
      """
      id, equipment_id, opened_on, problem, opened_by, closed_on, work_done, cost, outcome,
      closed_by, version, created_at, updated_at
      """;

  @SqlUpdate(
      """
      insert into equipment_repair (id, equipment_id, opened_on, problem, opened_by, version,
                                    created_at, updated_at)
      values (:r.id, :r.equipmentId, :r.openedOn, :r.problem, :r.openedBy, 1, :now, :now)
      """)
  void open(@BindMethods("r") EquipmentRepair repair, Instant now);

  /** Returns 0 when the repair was closed meanwhile. */
  @SqlUpdate(
      """
      update equipment_repair set closed_on = :r.closedOn, work_done = :r.workDone,
                                  cost = :r.cost, outcome = :r.outcome, closed_by = :r.closedBy,
                                  version = version + 1, updated_at = :now
      where id = :r.id and closed_on is null
      """)
  int close(@BindMethods("r") EquipmentRepair repair, Instant now);

  @SqlQuery("select " + COLUMNS + " from equipment_repair where id = :id and equipment_id = :item")
  Optional<EquipmentRepair> find(UUID item, UUID id);

  @SqlQuery(
      "select "
          + COLUMNS
          + " from equipment_repair where equipment_id = :item and closed_on is null")
  Optional<EquipmentRepair> openOf(UUID item);

  /** The latest first. */
  @SqlQuery(
      "select "
          + COLUMNS
          + " from equipment_repair where equipment_id = :item"
          + " order by opened_on desc, created_at desc")
  List<EquipmentRepair> of(UUID item);
}
