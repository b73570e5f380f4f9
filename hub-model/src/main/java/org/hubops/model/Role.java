package org.hubops.model;

/** What an account may do: see the accounts issue and DESIGN.md. */
public enum Role implements Labelled {
  ADMIN("Адміністратор", "Administrator"),
  ASSOCIATION("Працівник асоціації", "Association staff"),
  /** Association staff of one or more oblasts: they read and review those oblasts' hubs only. */
  REGIONAL("Регіональний представник асоціації", "Regional association staff"),
  COORDINATOR("Координатор хабу", "Hub coordinator");

  private final String labelUk;
  private final String labelEn;

  Role(String labelUk, String labelEn) {
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
