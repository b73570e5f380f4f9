package org.hubops.model.imports;

/** The columns of the hub register: one row per hub, keyed by its code. */
public enum HubColumn implements SheetColumn {
  CODE(true, "Код", "Code"),
  NAME(true, "Назва", "Name"),
  INSTITUTION_TYPE(true, "Тип закладу", "Institution type"),
  OBLAST(true, "Область", "Oblast"),
  HROMADA(true, "Громада", "Hromada"),
  SETTLEMENT(true, "Населений пункт", "Settlement"),
  SETTLEMENT_TYPE(true, "Тип населеного пункту", "Settlement type"),
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
