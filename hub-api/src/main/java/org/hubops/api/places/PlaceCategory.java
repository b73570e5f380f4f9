package org.hubops.api.places;

import java.util.Optional;
import org.hubops.model.SettlementType;

/** The categories of the codifier (КАТОТТГ), and which of them a hub may stand in. */
enum PlaceCategory {
  /** Oblast, or the Autonomous Republic of Crimea. */
  O(1, null),
  /** City with special status (Kyiv, Sevastopol): a first-level unit and a city at once. */
  K(1, SettlementType.CITY),
  /** Raion. */
  P(2, null),
  /** Territorial community (hromada). */
  H(3, null),
  /** City (місто). */
  M(4, SettlementType.CITY),
  /** Settlement (селище, formerly urban-type settlement): counted as urban. */
  X(4, SettlementType.TOWN),
  /** Village (село), and the rare селище of the old rural kind the codifier files as C. */
  C(4, SettlementType.VILLAGE),
  /** City district (a part of a city): counted as the city it belongs to. */
  B(5, SettlementType.CITY);

  private final int level;
  private final SettlementType settlementType;

  PlaceCategory(int level, SettlementType settlementType) {
    this.level = level;
    this.settlementType = settlementType;
  }

  int level() {
    return level;
  }

  /** The settlement type of a hub standing here; empty for a unit that is not a settlement. */
  Optional<SettlementType> settlementType() {
    return Optional.ofNullable(settlementType);
  }

  static Optional<PlaceCategory> of(String letter) {
    for (PlaceCategory category : values()) {
      if (category.name().equals(letter)) {
        return Optional.of(category);
      }
    }
    return Optional.empty();
  }
}
