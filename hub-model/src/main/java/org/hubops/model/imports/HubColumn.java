package org.hubops.model.imports;

/**
 * The columns of the hub register: one row per hub, keyed by its code. A hub's place is its
 * settlement code (КАТОТТГ); files without codes may give oblast, hromada and settlement names
 * instead, which must name exactly one settlement. The settlement type follows from the codifier:
 * its column is still accepted, for older files, and not read.
 */
public enum HubColumn implements SheetColumn {
  CODE(true, "Код", "Code"),
  NAME(true, "Назва", "Name"),
  INSTITUTION_TYPE(true, "Тип закладу", "Institution type"),
  SETTLEMENT_CODE(false, "Код КАТОТТГ", "Settlement code"),
  OBLAST(false, "Область", "Oblast"),
  HROMADA(false, "Громада", "Hromada"),
  SETTLEMENT(false, "Населений пункт", "Settlement"),
  SETTLEMENT_TYPE(false, "Тип населеного пункту", "Settlement type"),
  ADDRESS(false, "Адреса", "Address"),
  OPENED_ON(true, "Дата відкриття", "Opened on"),
  STATUS(false, "Стан", "Status");

  private final boolean required;
  private final String labelUk;
  private final String labelEn;

  HubColumn(boolean required, String labelUk, String labelEn) {
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
