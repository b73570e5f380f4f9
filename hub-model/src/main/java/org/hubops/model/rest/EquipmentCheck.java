package org.hubops.model.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hubops.model.EquipmentCondition;

/**
 * A physical check of an item ({@code POST /hubs/{hubId}/equipment/{id}/checks}): someone looked
 * for it on {@code date} and found it, in a condition, or did not. A check sets the item's {@code
 * lastCheckedOn}; one that does not find it moves it to LOST, kept in its history, and one that
 * finds a lost item brings it back into service.
 *
 * @param date the day of the check (default today); not in the future, not before acquisition
 * @param found whether the item was there
 * @param condition what it was found in; required when found, none when not
 * @param checkedBy who recorded it (set by the service)
 */
public record EquipmentCheck(
    UUID id,
    UUID equipmentId,
    LocalDate date,
    Boolean found,
    EquipmentCondition condition,
    String note,
    String checkedBy,
    Instant recordedAt) {}
