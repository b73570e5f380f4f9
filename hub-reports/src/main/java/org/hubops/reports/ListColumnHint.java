package org.hubops.reports;

import java.util.Arrays;
import java.util.List;
import org.hubops.model.EquipmentCategory;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.HubStatus;
import org.hubops.model.InstitutionType;
import org.hubops.model.Labelled;
import org.hubops.model.imports.EquipmentColumn;
import org.hubops.model.imports.HubColumn;
import org.hubops.model.imports.SheetColumn;

/**
 * What each column of an equipment list and of the hub register takes, as the list templates
 * explain it: the hint on its cells, its width, whether it holds dates, and the closed vocabulary
 * its dropdown offers. The import reads exactly these columns ({@link EquipmentColumn}, {@link
 * HubColumn}).
 */
enum ListColumnHint implements Labelled {
  INVENTORY_NUMBER(
      EquipmentColumn.INVENTORY_NUMBER,
      18,
      "Унікальний у хабі, напр. INV-0001: за ним імпорт знаходить предмет і оновлює його",
      "Unique in the hub, e.g. INV-0001: the import finds the item by it and updates it"),
  CATEGORY(EquipmentColumn.CATEGORY, 22, EquipmentCategory.class, "Оберіть зі списку", "Pick one"),
  MODEL(EquipmentColumn.MODEL, 22, "Напр. Lenovo IdeaPad 3", "E.g. Lenovo IdeaPad 3"),
  SERIAL_NUMBER(EquipmentColumn.SERIAL_NUMBER, 18, "Як на наліпці", "As on its label"),
  FUNDING_SOURCE(
      EquipmentColumn.FUNDING_SOURCE,
      22,
      "Донор або програма, напр. EU4DigitalUA",
      "Donor or programme, e.g. EU4DigitalUA"),
  ACQUIRED_ON(
      EquipmentColumn.ACQUIRED_ON,
      14,
      true, // a date
      "Дата, напр. 12.03.2024; не пізніше сьогодні",
      "A date, e.g. 12.03.2024; not after today"),
  EQUIPMENT_STATUS(
      EquipmentColumn.STATUS,
      20,
      EquipmentStatus.class,
      "Порожньо: новий предмет справний, наявний лишає свій стан; зміна стану йде в історію",
      "Empty: a new item is in service, a known one keeps its status; a change goes into its"
          + " history"),

  CODE(
      HubColumn.CODE,
      12,
      "Код хабу, напр. LV-0042: унікальний; за ним імпорт знаходить хаб і оновлює його",
      "The hub's code, e.g. LV-0042: unique; the import finds the hub by it and updates it"),
  NAME(HubColumn.NAME, 36, "Назва закладу", "The institution's name"),
  INSTITUTION_TYPE(
      HubColumn.INSTITUTION_TYPE, 26, InstitutionType.class, "Оберіть зі списку", "Pick one"),
  SETTLEMENT_CODE(
      HubColumn.SETTLEMENT_CODE,
      22,
      "Код населеного пункту в кодифікаторі КАТОТТГ, напр. UA46100210130069026; без коду"
          + " заповніть область, громаду і населений пункт",
      "The settlement's code in the КАТОТТГ codifier, e.g. UA46100210130069026; without it, fill"
          + " in oblast, hromada and settlement"),
  OBLAST(
      HubColumn.OBLAST,
      20,
      "Без коду КАТОТТГ: область, напр. Львівська або UA-46",
      "Without a settlement code: the oblast, e.g. Lviv or UA-46"),
  HROMADA(
      HubColumn.HROMADA,
      24,
      "Без коду КАТОТТГ: громада, напр. Славська",
      "Without a settlement code: the hromada, e.g. Slavska"),
  SETTLEMENT(
      HubColumn.SETTLEMENT,
      20,
      "Без коду КАТОТТГ: населений пункт; має бути рівно один такий у громаді",
      "Without a settlement code: the settlement; exactly one of that name in the hromada"),
  SETTLEMENT_TYPE(
      HubColumn.SETTLEMENT_TYPE,
      16,
      "Не читається: тип випливає з кодифікатора (стовпець лишено для старих файлів)",
      "Not read: the type follows from the codifier (kept for older files)"),
  ADDRESS(HubColumn.ADDRESS, 30, "Вулиця і номер будинку", "Street and number"),
  OPENED_ON(
      HubColumn.OPENED_ON,
      14,
      true, // a date
      "Дата, коли хаб почав роботу, напр. 15.01.2023",
      "The day the hub opened, e.g. 15.01.2023"),
  HUB_STATUS(
      HubColumn.STATUS,
      16,
      HubStatus.class,
      "Порожньо: новий хаб діє, наявний лишає свій стан",
      "Empty: a new hub is active, a known one keeps its status");

  final SheetColumn column;
  final int width;
  private final Class<? extends Labelled> values;
  private final boolean date;
  private final String labelUk;
  private final String labelEn;

  /** A column of free text. */
  ListColumnHint(SheetColumn column, int width, String labelUk, String labelEn) {
    this(column, width, null, false, labelUk, labelEn);
  }

  /** A column of dates. */
  ListColumnHint(SheetColumn column, int width, boolean date, String labelUk, String labelEn) {
    this(column, width, null, date, labelUk, labelEn);
  }

  /** A column of one closed vocabulary, picked from a dropdown. */
  ListColumnHint(
      SheetColumn column,
      int width,
      Class<? extends Labelled> values,
      String labelUk,
      String labelEn) {
    this(column, width, values, false, labelUk, labelEn);
  }

  ListColumnHint(
      SheetColumn column,
      int width,
      Class<? extends Labelled> values,
      boolean date,
      String labelUk,
      String labelEn) {
    this.column = column;
    this.width = width;
    this.values = values;
    this.date = date;
    this.labelUk = labelUk;
    this.labelEn = labelEn;
  }

  /** The hints of one list's columns, in the order of its column enum. */
  static List<ListColumnHint> of(Class<? extends SheetColumn> columns) {
    return Arrays.stream(values()).filter(hint -> columns.isInstance(hint.column)).toList();
  }

  boolean isDate() {
    return date;
  }

  /** The closed vocabulary of the column's dropdown; empty for free text and dates. */
  List<Labelled> choices() {
    if (values == null) {
      return List.of();
    }
    return List.of(values.getEnumConstants());
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
