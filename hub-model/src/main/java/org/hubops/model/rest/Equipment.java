package org.hubops.model.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hubops.model.EquipmentCategory;
import org.hubops.model.EquipmentStatus;

/**
 * A piece of a hub's equipment. Its status changes only through {@link StatusChange}, so that every
 * change is kept in its history.
 *
 * @param inventoryNumber unique in the hub
 * @param fundingSource the donor or programme that paid for it
 */
public record Equipment(
    UUID id,
    UUID hubId,
    String inventoryNumber,
    EquipmentCategory category,
    String model,
    String serialNumber,
    String fundingSource,
    LocalDate acquiredOn,
    EquipmentStatus status,
    LocalDate statusSince,
    LocalDate lastCheckedOn,
    String notes,
    Long version,
    Instant createdAt,
    Instant updatedAt) {

  /** The same item under another id. */
  public Equipment withId(UUID id) {
    return new Equipment(
        id,
        hubId,
        inventoryNumber,
        category,
        model,
        serialNumber,
        fundingSource,
        acquiredOn,
        status,
        statusSince,
        lastCheckedOn,
        notes,
        version,
        createdAt,
        updatedAt);
  }
}
