package org.hubops.model;

/** Why a hub had nothing to report in a quarter: a nil report says so instead of silence. */
public enum NilReason implements Labelled {
  CLOSED("Хаб був зачинений", "The hub was closed"),
  NO_POWER("Не було електроживлення", "No power"),
  STAFF_ABSENT("Не було працівника", "Staff absent"),
  OTHER("Інша причина", "Other");

  private final String labelUk;
  private final String labelEn;

  NilReason(String labelUk, String labelEn) {
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
