package org.hubops.model;

/** Where the people of a session were. */
public enum SessionFormat implements Labelled {
  IN_PERSON("Очно", "In person"),
  ONLINE("Онлайн", "Online"),
  HYBRID("Змішано", "Hybrid");

  private final String labelUk;
  private final String labelEn;

  SessionFormat(String labelUk, String labelEn) {
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
