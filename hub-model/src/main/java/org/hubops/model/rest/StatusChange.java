package org.hubops.model.rest;

import java.time.LocalDate;
import org.hubops.model.EquipmentStatus;

/**
 * A request to change a piece of equipment's status.
 *
 * @param date the day it changed (Kyiv); today when left out
 * @param version the equipment version you read; optional, but a stale one is refused
 */
public record StatusChange(EquipmentStatus status, LocalDate date, String note, Long version) {}
