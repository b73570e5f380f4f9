package org.hubops.model;

/** What a piece of hub equipment is. */
public enum EquipmentCategory implements Labelled {
  LAPTOP("Ноутбук", "Laptop"),
  DESKTOP("Настільний комп’ютер", "Desktop computer"),
  TABLET("Планшет", "Tablet"),
  PROJECTOR("Проєктор", "Projector"),
  PRINTER("Принтер", "Printer"),
  ROUTER("Маршрутизатор", "Router"),
  DISPLAY("Дисплей", "Display"),
  OTHER("Інше", "Other");

  private final String labelUk;
  private final String labelEn;

  EquipmentCategory(String labelUk, String labelEn) {
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
