package org.hubops.model;

import java.util.Optional;

/** The kind of place a hub is in; donors ask for urban and rural figures. */
public enum SettlementType implements Labelled {
  CITY("Місто", "City"),
  TOWN("Селище", "Town"),
  VILLAGE("Село", "Village");

  private final String labelUk;
  private final String labelEn;

  SettlementType(String labelUk, String labelEn) {
    this.labelUk = labelUk;
    this.labelEn = labelEn;
  }

  @Override
  public String labelUk() {
    return labelUk;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }

  /**
   * The settlement type of a place of the official codifier (КАТОТТГ) by its category letter: a
   * city ({@code M}), a city with special status ({@code K}) and a city district ({@code B}) are
   * cities, a settlement ({@code X}) a town, a village ({@code C}) a village. Empty for a unit that
   * is not a settlement (oblast {@code O}, raion {@code P}, hromada {@code H}) or a letter the
   * codifier does not use. The one place this mapping is made: the service, its migrations, the
   * codifier loads and the national data generator all ask here.
   */
  public static Optional<SettlementType> ofCategory(String category) {
    if (category == null) {
      return Optional.empty();
    }
    return switch (category) {
      case "M", "K", "B" -> Optional.of(CITY);
      case "X" -> Optional.of(TOWN);
      case "C" -> Optional.of(VILLAGE);
      default -> Optional.empty();
    };
  }

  /** Cities and towns count as urban, villages as rural: the split donors ask for. */
  public boolean urban() {
    return this != VILLAGE;
  }
}
