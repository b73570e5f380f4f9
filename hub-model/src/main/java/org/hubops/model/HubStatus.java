package org.hubops.model;

/** Whether a hub is working; only active hubs are expected to report. */
public enum HubStatus implements Labelled {
  ACTIVE("Діє", "Active"),
  SUSPENDED("Призупинено", "Suspended"),
  CLOSED("Закрито", "Closed");

  private final String labelUk;
  private final String labelEn;

  HubStatus(String labelUk, String labelEn) {
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
}
