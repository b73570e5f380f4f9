package org.hubops.model.report;

import java.util.Objects;
import org.hubops.model.EquipmentCategory;
import org.hubops.model.EquipmentStatus;

/** How many items of one category a hub has in one status: a row of a {@code GROUP BY}. */
public record EquipmentCount(
    HubRef hub, EquipmentCategory category, EquipmentStatus status, long count) {

  public EquipmentCount {
    Objects.requireNonNull(hub, "hub");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(status, "status");
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
  }
}
