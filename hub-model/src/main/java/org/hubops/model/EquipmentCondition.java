package org.hubops.model;

/** What a physical check found an item in, when it found it. */
public enum EquipmentCondition implements Labelled {
  WORKING("Справне", "Working"),
  NEEDS_REPAIR("Потребує ремонту", "Needs repair"),
  NOT_WORKING("Не працює", "Not working");

  private final String labelUk;
  private final String labelEn;

  EquipmentCondition(String labelUk, String labelEn) {
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
