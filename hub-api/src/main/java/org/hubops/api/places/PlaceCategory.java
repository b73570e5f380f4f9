package org.hubops.api.places;

import java.util.Optional;
import org.hubops.model.SettlementType;

/** The categories of the codifier (КАТОТТГ), and which of them a hub may stand in. */
enum PlaceCategory {
  /** Oblast, or the Autonomous Republic of Crimea. */
  O(1),
  /** City with special status (Kyiv, Sevastopol): a first-level unit and a city at once. */
  K(1),
  /** Raion. */
  P(2),
  /** Territorial community (hromada). */
  H(3),
  /** City (місто). */
  M(4),
  /** Settlement (селище, formerly urban-type settlement): counted as urban. */
  X(4),
  /** Village (село), and the rare селище of the old rural kind the codifier files as C. */
  C(4),
  /** City district (a part of a city): counted as the city it belongs to. */
  B(5);

  private final int level;

  PlaceCategory(int level) {
    this.level = level;
  }

  int level() {
    return level;
  }

  /**
   * The settlement type of a hub standing here ({@link SettlementType#ofCategory}); empty for a
   * unit that is not a settlement.
   */
  Optional<SettlementType> settlementType() {
    return SettlementType.ofCategory(name());
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
