package org.hubops.model;

/** An attendee's or participant's sex, as they chose to tell it. */
public enum Gender implements Labelled {
  FEMALE("Жінка", "Female"),
  MALE("Чоловік", "Male"),
  UNDISCLOSED("Не вказано", "Undisclosed");

  private final String labelUk;
  private final String labelEn;

  Gender(String labelUk, String labelEn) {
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
