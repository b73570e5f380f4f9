package org.hubops.reports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hubops.model.EquipmentCategory;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.report.EquipmentCount;
import org.hubops.model.report.EquipmentItem;
import org.hubops.model.report.HubRef;

/** The equipment sheets: counts by category and status, per hub or overall, and item lists. */
final class EquipmentSheets {

  private static final EquipmentStatus[] STATUSES = EquipmentStatus.values();

  private EquipmentSheets() {}

  /** One row per hub and category, a column per status, and a row total. */
  static void perHub(ReportBook book, List<EquipmentCount> counts, OblastNames oblasts) {
    Map<HubRef, Map<EquipmentCategory, long[]>> byHub = new LinkedHashMap<>();
    for (EquipmentCount count : counts) {
      byHub.computeIfAbsent(count.hub(), hub -> new EnumMap<>(EquipmentCategory.class))
              .computeIfAbsent(count.category(), category -> new long[STATUSES.length])[
              count.status().ordinal()] +=
          count.count();
    }
    List<Column> leading = new ArrayList<>(HubSheet.hubColumns(book));
    leading.add(Column.text(book.label(Text.CATEGORY)));
    Table table =
        new Table(book, book.label(Text.SHEET_EQUIPMENT), statusColumns(book, leading), 2, true);
    byHub.forEach(
        (hub, categories) ->
            categories.forEach(
                (category, byStatus) -> {
                  HubSheet.writeHub(table.row(), hub, oblasts);
                  table.label(category);
                  writeStatuses(table, leading.size(), byStatus);
                }));
    table.finish();
  }

  /**
   * One row per category, a column per status, with totals both ways; under {@code caption} (a
   * title and lines under it) when it is the sheet a workbook opens on, else none.
   */
  static void byCategory(ReportBook book, List<EquipmentCount> counts, List<String> caption) {
    Map<EquipmentCategory, long[]> totals = new EnumMap<>(EquipmentCategory.class);
    for (EquipmentCategory category : EquipmentCategory.values()) {
      totals.put(category, new long[STATUSES.length]);
    }
    counts.forEach(c -> totals.get(c.category())[c.status().ordinal()] += c.count());
    List<Column> leading = List.of(Column.text(book.label(Text.CATEGORY)));
    Table table =
        Table.captioned(
            book,
            book.label(Text.SHEET_EQUIPMENT_BY_CATEGORY),
            statusColumns(book, leading),
            true,
            caption);
    totals.forEach((category, byStatus) -> writeStatuses(table.row().label(category), 1, byStatus));
    table.finish();
  }

  /** Items, one per row, as listed for repair or in one hub's inventory. */
  static void items(
      ReportBook book, String sheetName, List<EquipmentItem> items, OblastNames oblasts) {
    items(book, sheetName, items, oblasts, true);
  }

  /**
   * As {@link #items(ReportBook, String, List, OblastNames)}; without the funding source column
   * unless {@code withFunding}, for one funder's workbook, where it would say the same on every
   * row.
   */
  static void items(
      ReportBook book,
      String sheetName,
      List<EquipmentItem> items,
      OblastNames oblasts,
      boolean withFunding) {
    List<Column> columns = new ArrayList<>(HubSheet.hubColumns(book));
    for (Text header :
        List.of(Text.INVENTORY_NUMBER, Text.CATEGORY, Text.MODEL, Text.SERIAL_NUMBER)) {
      columns.add(Column.text(book.label(header)));
    }
    if (withFunding) {
      columns.add(Column.text(book.label(Text.FUNDING_SOURCE)));
    }
    columns.add(Column.date(book.label(Text.ACQUIRED_ON)));
    columns.add(Column.text(book.label(Text.STATUS)));
    columns.add(Column.date(book.label(Text.STATUS_SINCE)));
    columns.add(Column.date(book.label(Text.LAST_CHECKED_ON)));
    Table table = new Table(book, sheetName, columns, 2, false);
    for (EquipmentItem item : items) {
      HubSheet.writeHub(table.row(), item.hub(), oblasts);
      table.userText(item.inventoryNumber()).label(item.category());
      table.userText(item.model()).userText(item.serialNumber());
      if (withFunding) {
        table.userText(item.fundingSource());
      }
      table.date(item.acquiredOn()).label(item.status()).date(item.statusSince());
      table.date(item.lastCheckedOn());
    }
    table.finish();
  }

  private static List<Column> statusColumns(ReportBook book, List<Column> leading) {
    List<Column> columns = new ArrayList<>(leading);
    for (EquipmentStatus status : STATUSES) {
      columns.add(Column.count(book.label(status)));
    }
    columns.add(Column.count(book.label(Text.ITEMS)));
    return columns;
  }

  private static void writeStatuses(Table table, int firstColumn, long[] byStatus) {
    long total = 0;
    for (long count : byStatus) {
      table.number(count);
      total += count;
    }
    String range =
        Table.letter(firstColumn) + "%1$d:" + Table.letter(firstColumn + STATUSES.length - 1);
    table.formula("SUM(" + range + "%1$d)", total);
  }
}
