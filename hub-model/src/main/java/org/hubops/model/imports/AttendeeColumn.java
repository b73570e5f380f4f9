package org.hubops.model.imports;

/** The columns of the attendees sheet: one row per person present, tied to a session's Ref. */
public enum AttendeeColumn implements SheetColumn {
  REF(true, "Номер заняття", "Ref"),
  GENDER(true, "Стать", "Gender"),
  AGE_BAND(true, "Вікова група", "Age band"),
  IDP(false, "ВПО", "IDP"),
  DISABILITY(false, "Інвалідність", "Disability"),
  VETERAN(false, "Ветеран", "Veteran"),
  PARTICIPANT_CODE(false, "Код учасника", "Participant code");

  private final boolean required;
  private final String labelUk;
  private final String labelEn;

  AttendeeColumn(boolean required, String labelUk, String labelEn) {
    this.required = required;
    this.labelUk = labelUk;
    this.labelEn = labelEn;
  }

  @Override
  public boolean required() {
    return required;
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
