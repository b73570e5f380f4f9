package org.hubops.model.rest;

import java.time.LocalDate;
import java.util.UUID;
import org.hubops.model.EquipmentCategory;
import org.hubops.model.EquipmentStatus;

/**
 * An item whose physical check is due: its last check (or, never checked, its acquisition) lies an
 * audit interval back, or will within a month.
 *
 * @param dueOn the day the check falls due: the last check (or acquisition) plus the interval
 * @param overdue whether {@code dueOn} has passed (Kyiv time)
 */
public record CheckDue(
    String hubCode,
    String oblast,
    UUID equipmentId,
    String inventoryNumber,
    EquipmentCategory category,
    String model,
    String fundingSource,
    EquipmentStatus status,
    LocalDate lastCheckedOn,
    LocalDate dueOn,
    boolean overdue) {}
