package org.hubops.model;

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

  /** Cities and towns count as urban, villages as rural: the split donors ask for. */
  public boolean urban() {
    return this != VILLAGE;
  }
}
