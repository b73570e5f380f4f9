package org.hubops.model.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.hubops.model.rest.Oblast;

/**
 * The equipment of all hubs, of one oblast's, or of one funding source's: counts by hub, category
 * and status, the items that need attention ({@link
 * org.hubops.model.EquipmentStatus#needsAttention()}), and every item with its audit and its use
 * from {@code from} to {@code to}, also rolled up.
 *
 * @param asOf the date the statuses are read at
 * @param oblastCode the oblast the dataset is limited to, or {@code null} for the whole country
 * @param oblasts names for the oblast codes that rows carry
 * @param counts one row per hub, category and status with at least one item
 * @param needingAttention items broken or under repair
 * @param from the first day of the period whose use is counted (null: no period was read)
 * @param to its last day
 * @param fundingSource the donor or programme the items are limited to, or {@code null} for all
 * @param auditIntervalMonths how often each item must be checked
 * @param items every item of the scope with its use in the period
 * @param groups the use rolled up: the whole, then by hub, oblast, category and funding source
 */
public record EquipmentDataset(
    LocalDate asOf,
    String oblastCode,
    List<Oblast> oblasts,
    List<EquipmentCount> counts,
    List<EquipmentItem> needingAttention,
    LocalDate from,
    LocalDate to,
    String fundingSource,
    int auditIntervalMonths,
    List<EquipmentUse> items,
    List<EquipmentUseGroup> groups) {

  public EquipmentDataset {
    Objects.requireNonNull(asOf, "asOf");
    oblasts = oblasts == null ? List.of() : List.copyOf(oblasts);
    counts = counts == null ? List.of() : List.copyOf(counts);
    needingAttention = needingAttention == null ? List.of() : List.copyOf(needingAttention);
    items = items == null ? List.of() : List.copyOf(items);
    groups = groups == null ? List.of() : List.copyOf(groups);
  }

  /** Counts and items needing attention only, without the use of a period. */
  public EquipmentDataset(
      LocalDate asOf,
      String oblastCode,
      List<Oblast> oblasts,
      List<EquipmentCount> counts,
      List<EquipmentItem> needingAttention) {
    this(asOf, oblastCode, oblasts, counts, needingAttention, null, null, null, 0, null, null);
  }

  /** The groups of one dimension, in the order they were read. */
  public List<EquipmentUseGroup> groups(EquipmentUseGroup.Dimension dimension) {
    return groups.stream().filter(g -> g.dimension() == dimension).toList();
  }

  /** The items whose check is overdue, longest unchecked first. */
  public List<EquipmentUse> overdueChecks() {
    return items.stream()
        .filter(EquipmentUse::overdue)
        .sorted(java.util.Comparator.comparing(EquipmentUse::checkDueOn))
        .toList();
  }
}
