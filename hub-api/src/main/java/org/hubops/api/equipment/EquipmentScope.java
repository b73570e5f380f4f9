package org.hubops.api.equipment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Which items an equipment report reads, and over which days their use is counted. Bound by name
 * into {@link EquipmentUseDao}'s queries (so public, for JDBI).
 *
 * @param oblast ISO code of the oblast, or null for every oblast
 * @param funding the funding source (compared without case), or null for every one
 * @param hubIds the hubs a coordinator may see, or null for every hub
 */
public record EquipmentScope(
    LocalDate from, LocalDate to, String oblast, String funding, Set<UUID> hubIds) {

  public EquipmentScope {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    hubIds = hubIds == null ? null : Set.copyOf(hubIds);
  }

  /** Every hub of the country or of {@code oblast}, every funding source. */
  public static EquipmentScope of(LocalDate from, LocalDate to, String oblast) {
    return new EquipmentScope(from, to, oblast, null, null);
  }

  public boolean everyHub() {
    return hubIds == null;
  }

  /** The hubs to bind; never empty, so the SQL list stays valid. */
  Set<UUID> visibleHubs() {
    return hubIds == null || hubIds.isEmpty() ? Set.of(new UUID(0, 0)) : hubIds;
  }
}
