package org.hubops.model.report;

import java.util.Objects;

/**
 * The use of a group of items in a period (a hub's, an oblast's, a category's, a funding source's,
 * or all of them). A session counts once in a group however many of the group's items it used, so a
 * category's sessions are not the sum of its items'.
 *
 * @param key the hub code, oblast code, category name or funding source (empty: none given); null
 *     for the whole
 * @param items the group's items in the report
 * @param inService those in service
 * @param unusedInService those in service that no session of the period used
 * @param overdueChecks those whose physical check is overdue
 * @param sessions the sessions of the period that used at least one of the group's items
 * @param trainingHours those sessions' hours
 * @param attendances those sessions' attendances
 * @param daysUnderRepair the items' days under repair in the period, added up
 */
public record EquipmentUseGroup(
    EquipmentUseGroup.Dimension dimension,
    String key,
    long items,
    long inService,
    long unusedInService,
    long overdueChecks,
    long sessions,
    double trainingHours,
    long attendances,
    long daysUnderRepair) {

  /** What a group gathers. */
  public enum Dimension {
    WHOLE,
    HUB,
    OBLAST,
    CATEGORY,
    FUNDING
  }

  public EquipmentUseGroup {
    Objects.requireNonNull(dimension, "dimension");
  }
}
