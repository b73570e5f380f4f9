package org.hubops.model.report;

import java.time.LocalDate;
import java.util.Objects;
import org.hubops.model.EquipmentCategory;
import org.hubops.model.EquipmentStatus;

/**
 * One item of a report with its state, its audit and its use in the period: the row of a donor's
 * equipment annex. Notes and "by whom" are left out: they can name people.
 *
 * @param checkDueOn the day its next physical check falls due; null for lost and written-off items,
 *     which are not looked for
 * @param overdue whether that day has passed (in Kyiv)
 * @param sessions the sessions of the period that used it
 * @param trainingHours those sessions' hours
 * @param attendances those sessions' attendances
 * @param daysUnderRepair days of the period it spent under repair, by its repair records
 */
public record EquipmentUse(
    HubRef hub,
    String inventoryNumber,
    EquipmentCategory category,
    String model,
    String serialNumber,
    String fundingSource,
    LocalDate acquiredOn,
    EquipmentStatus status,
    LocalDate statusSince,
    LocalDate lastCheckedOn,
    LocalDate checkDueOn,
    boolean overdue,
    long sessions,
    double trainingHours,
    long attendances,
    long daysUnderRepair) {

  public EquipmentUse {
    Objects.requireNonNull(hub, "hub");
    Objects.requireNonNull(inventoryNumber, "inventoryNumber");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(status, "status");
  }

  /** The item as a list of items shows it, without its use. */
  public EquipmentItem item() {
    return new EquipmentItem(
        hub,
        inventoryNumber,
        category,
        model,
        serialNumber,
        fundingSource,
        acquiredOn,
        status,
        statusSince,
        lastCheckedOn);
  }

  /** In service on the report's day and used by no session of the period. */
  public boolean unusedInService() {
    return status == EquipmentStatus.IN_SERVICE && sessions == 0;
  }
}
