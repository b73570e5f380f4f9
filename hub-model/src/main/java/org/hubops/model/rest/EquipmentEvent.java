package org.hubops.model.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hubops.model.EquipmentStatus;

/**
 * One entry of a piece of equipment's status history.
 *
 * @param fromStatus null for the entry made when the item was registered
 * @param recordedBy who recorded the change
 */
public record EquipmentEvent(
    UUID id,
    UUID equipmentId,
    LocalDate date,
    EquipmentStatus fromStatus,
    EquipmentStatus toStatus,
    String note,
    String recordedBy,
    Instant recordedAt) {}
