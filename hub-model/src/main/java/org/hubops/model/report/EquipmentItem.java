package org.hubops.model.report;

import java.time.LocalDate;
import java.util.Objects;
import org.hubops.model.EquipmentCategory;
import org.hubops.model.EquipmentStatus;

/**
 * One piece of equipment as a report lists it. Free-text notes and the history's "by whom" are left
 * out: they can name people.
 *
 * @param fundingSource the donor or programme that paid for it
 * @param statusSince the date of its last status change
 */
public record EquipmentItem(
    HubRef hub,
    String inventoryNumber,
    EquipmentCategory category,
    String model,
    String serialNumber,
    String fundingSource,
    LocalDate acquiredOn,
    EquipmentStatus status,
    LocalDate statusSince,
    LocalDate lastCheckedOn) {

  public EquipmentItem {
    Objects.requireNonNull(hub, "hub");
    Objects.requireNonNull(inventoryNumber, "inventoryNumber");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(status, "status");
  }
}
