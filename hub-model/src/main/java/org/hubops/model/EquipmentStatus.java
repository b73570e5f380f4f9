package org.hubops.model;

/** The state of a piece of equipment; every change is kept in its history. */
public enum EquipmentStatus implements Labelled {
  IN_SERVICE("Справне, у роботі", "In service"),
  UNDER_REPAIR("На ремонті", "Under repair"),
  BROKEN("Несправне", "Broken"),
  LOST("Втрачене", "Lost"),
  WRITTEN_OFF("Списане", "Written off");

  private final String labelUk;
  private final String labelEn;

  EquipmentStatus(String labelUk, String labelEn) {
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

  /** Items in these states need someone's attention; reports list them. */
  public boolean needsAttention() {
    return this == BROKEN || this == UNDER_REPAIR;
  }

  /** Whether a check looks for an item in this state: not once it is lost or written off. */
  public boolean lookedFor() {
    return this != LOST && this != WRITTEN_OFF;
  }
}
