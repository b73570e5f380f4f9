package org.hubops.api.imports;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hubops.api.equipment.EquipmentService;
import org.hubops.api.platform.Messages;
import org.hubops.model.EquipmentCategory;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.imports.EquipmentColumn;
import org.hubops.model.imports.ImportSheet;
import org.hubops.model.rest.Equipment;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.ImportResult;
import org.hubops.model.rest.StatusChange;
import org.jdbi.v3.core.Handle;

/**
 * A hub's equipment list, keyed by inventory number. A known item is updated in place; a changed
 * status is recorded as a status change, so the item's history explains it.
 */
final class EquipmentFormat implements ListFormat<EquipmentColumn, Equipment> {

  private final Hub hub;
  private final EquipmentService equipment;
  private final String actor;
  private final Messages messages;
  private Map<String, Equipment> stored;

  EquipmentFormat(Hub hub, EquipmentService equipment, String actor, Messages messages) {
    this.hub = hub;
    this.equipment = equipment;
    this.actor = actor;
    this.messages = messages;
  }

  @Override
  public ImportSheet sheet() {
    return ImportSheet.EQUIPMENT;
  }

  @Override
  public Class<EquipmentColumn> columns() {
    return EquipmentColumn.class;
  }

  @Override
  public EquipmentColumn key() {
    return EquipmentColumn.INVENTORY_NUMBER;
  }

  @Override
  public Equipment read(CellReader<EquipmentColumn> cells, SheetTable.Row row) {
    return new Equipment(
        null,
        hub.id(),
        cells.text(row, EquipmentColumn.INVENTORY_NUMBER),
        cells.choice(row, EquipmentColumn.CATEGORY, EquipmentCategory.class),
        cells.text(row, EquipmentColumn.MODEL),
        cells.text(row, EquipmentColumn.SERIAL_NUMBER),
        cells.text(row, EquipmentColumn.FUNDING_SOURCE),
        cells.date(row, EquipmentColumn.ACQUIRED_ON),
        cells.choice(row, EquipmentColumn.STATUS, EquipmentStatus.class),
        null,
        null,
        null,
        null,
        null,
        null);
  }

  @Override
  public String keyOf(Equipment item) {
    return item.inventoryNumber();
  }

  @Override
  public Stored store(Handle handle, Equipment item) {
    Equipment current = stored(handle).get(item.inventoryNumber());
    if (current == null) {
      Equipment created = equipment.create(hub, withId(handle, item), actor, messages);
      stored.put(created.inventoryNumber(), created);
      return new Stored(created.id(), ImportResult.Status.CREATED);
    }
    boolean detailsChanged =
        current.category() != item.category()
            || !Objects.equals(current.model(), item.model())
            || !Objects.equals(current.serialNumber(), item.serialNumber())
            || !Objects.equals(current.fundingSource(), item.fundingSource())
            || !Objects.equals(current.acquiredOn(), item.acquiredOn());
    boolean statusChanged = item.status() != null && item.status() != current.status();
    if (detailsChanged) {
      equipment.update(hub, current.id(), edited(current, item), actor, messages);
    }
    if (statusChanged) {
      equipment.changeStatus(
          hub, current.id(), new StatusChange(item.status(), null, null, null), actor, messages);
    }
    return new Stored(
        current.id(),
        detailsChanged || statusChanged
            ? ImportResult.Status.UPDATED
            : ImportResult.Status.UNCHANGED);
  }

  @Override
  public EquipmentColumn column(String field) {
    return switch (field) {
      case "category" -> EquipmentColumn.CATEGORY;
      case "model" -> EquipmentColumn.MODEL;
      case "serialNumber" -> EquipmentColumn.SERIAL_NUMBER;
      case "fundingSource" -> EquipmentColumn.FUNDING_SOURCE;
      case "acquiredOn" -> EquipmentColumn.ACQUIRED_ON;
      case "status", "date", "note" -> EquipmentColumn.STATUS;
      default -> EquipmentColumn.INVENTORY_NUMBER;
    };
  }

  /**
   * The new item with an id derived from its hub and inventory number, so that a dry run names the
   * ids the import will then create. Should that id be taken (the item's number was changed since
   * an earlier import), the service gives it a fresh one.
   */
  private Equipment withId(Handle handle, Equipment item) {
    String key = "equipment:" + hub.id() + ":" + item.inventoryNumber();
    UUID id = UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    if (EquipmentService.exists(handle, id)) {
      return item;
    }
    return item.withId(id);
  }

  /** The stored item with the file's columns; what the file has no column for is kept. */
  private static Equipment edited(Equipment current, Equipment item) {
    return new Equipment(
        current.id(),
        current.hubId(),
        current.inventoryNumber(),
        item.category(),
        item.model(),
        item.serialNumber(),
        item.fundingSource(),
        item.acquiredOn(),
        null,
        null,
        current.lastCheckedOn(),
        current.notes(),
        current.version(),
        null,
        null);
  }

  private Map<String, Equipment> stored(Handle handle) {
    if (stored == null) {
      stored = new HashMap<>();
      EquipmentService.all(handle, hub).forEach(item -> stored.put(item.inventoryNumber(), item));
    }
    return stored;
  }
}
