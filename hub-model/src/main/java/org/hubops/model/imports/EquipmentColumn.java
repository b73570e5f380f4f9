package org.hubops.model.imports;

/** The columns of an equipment list: one row per item, keyed by its inventory number. */
public enum EquipmentColumn implements SheetColumn {
  INVENTORY_NUMBER(true, "Інвентарний номер", "Inventory number"),
  CATEGORY(true, "Категорія", "Category"),
  MODEL(false, "Модель", "Model"),
  SERIAL_NUMBER(false, "Серійний номер", "Serial number"),
  FUNDING_SOURCE(false, "Джерело фінансування", "Funding source"),
  ACQUIRED_ON(false, "Придбано", "Acquired on"),
  STATUS(false, "Стан", "Status");

  private final boolean required;
  private final String labelUk;
  private final String labelEn;

  EquipmentColumn(boolean required, String labelUk, String labelEn) {
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
