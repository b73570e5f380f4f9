package org.hubops.model.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hubops.model.EquipmentStatus;

/**
 * A repair of an item ({@code POST /hubs/{hubId}/equipment/{id}/repairs} opens it, {@code PUT
 * …/repairs/{repairId}} closes it): the item is UNDER_REPAIR from {@code openedOn} until {@code
 * closedOn}, both kept in its history, so a report can say how long it was out of service.
 *
 * @param openedOn the day it went for repair (default today); not in the future, not before its
 *     current status began
 * @param problem what is wrong (required to open)
 * @param openedBy who opened it (set by the service)
 * @param closedOn the day it came back (default today when closing); not before {@code openedOn}
 * @param workDone what was done (required to close)
 * @param cost what the repair cost, in hryvnias, if known; not negative
 * @param outcome the status it comes back in: IN_SERVICE (default), BROKEN or WRITTEN_OFF; LOST
 *     when a check did not find it while it was away (the check closes the repair)
 * @param closedBy who closed it (set by the service)
 */
public record EquipmentRepair(
    UUID id,
    UUID equipmentId,
    LocalDate openedOn,
    String problem,
    String openedBy,
    LocalDate closedOn,
    String workDone,
    BigDecimal cost,
    EquipmentStatus outcome,
    String closedBy,
    Long version,
    Instant createdAt,
    Instant updatedAt) {

  /** What opening a repair sends: the day it went and what is wrong. */
  public static EquipmentRepair opening(LocalDate openedOn, String problem) {
    return new EquipmentRepair(
        null, null, openedOn, problem, null, null, null, null, null, null, null, null, null);
  }

  /** What closing a repair sends: the day it came back, what was done, its cost and outcome. */
  public static EquipmentRepair closing(
      LocalDate closedOn, String workDone, BigDecimal cost, EquipmentStatus outcome) {
    return new EquipmentRepair(
        null, null, null, null, null, closedOn, workDone, cost, outcome, null, null, null, null);
  }

  /** Whether the item is still away. */
  public boolean open() {
    return closedOn == null;
  }
}
