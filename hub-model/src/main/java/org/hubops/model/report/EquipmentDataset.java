package org.hubops.model.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.hubops.model.rest.Oblast;

/**
 * The equipment of all hubs, or of one oblast's: counts by hub, category and status, and the items
 * that need attention ({@link org.hubops.model.EquipmentStatus#needsAttention()}).
 *
 * @param asOf the date the statuses are read at
 * @param oblastCode the oblast the dataset is limited to, or {@code null} for the whole country
 * @param oblasts names for the oblast codes that rows carry
 * @param counts one row per hub, category and status with at least one item
 * @param needingAttention items broken or under repair
 */
public record EquipmentDataset(
    LocalDate asOf,
    String oblastCode,
    List<Oblast> oblasts,
    List<EquipmentCount> counts,
    List<EquipmentItem> needingAttention) {

  public EquipmentDataset {
    Objects.requireNonNull(asOf, "asOf");
    oblasts = oblasts == null ? List.of() : List.copyOf(oblasts);
    counts = counts == null ? List.of() : List.copyOf(counts);
    needingAttention = needingAttention == null ? List.of() : List.copyOf(needingAttention);
  }
}
