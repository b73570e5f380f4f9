package org.hubops.model;

/** The kind of institution that hosts a hub. */
public enum InstitutionType implements Labelled {
  LIBRARY("Бібліотека", "Library"),
  ADMIN_SERVICE_CENTRE("Центр надання адміністративних послуг", "Administrative service centre"),
  SCHOOL("Заклад освіти", "School"),
  COMMUNITY_CENTRE("Центр громади", "Community centre"),
  OTHER("Інше", "Other");

  private final String labelUk;
  private final String labelEn;

  InstitutionType(String labelUk, String labelEn) {
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
