package org.hubops.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hubops.model.EquipmentCategory;
import org.hubops.model.report.EquipmentUse;
import org.hubops.model.report.EquipmentUseGroup;
import org.hubops.model.report.EquipmentUseGroup.Dimension;
import org.hubops.model.report.HubRef;

/**
 * The sheets of equipment use in a period: every item with its audit and use, the use rolled up by
 * hub, oblast, category or funding source, and the items whose check is overdue. The figures are
 * the dataset's; nothing is counted here.
 */
final class EquipmentUseSheets {

  /**
   * Widths, in units, at which a hub's name, its oblast's, a category ("Настільний комп’ютер",
   * without breaking "Маршрутизатор"), a model and a status wrap: narrow, so that an item's twenty
   * columns print on an A4 page's width in type a donor can read. Most hubs' names take two lines
   * anyway, so the others' second lines cost little height.
   */
  private static final double HUB_WIDTH = 20;

  private static final double OBLAST_WIDTH = 12;
  private static final double MODEL_WIDTH = 14;
  private static final double STATUS_WIDTH = 12;

  private EquipmentUseSheets() {}

  /**
   * Every item, its state, its audit and its use; no totals, a session can use many items. The
   * funding source column only {@code withFunding}: one funder's annex leaves it out, to print
   * larger.
   */
  static void items(
      ReportBook book, List<EquipmentUse> items, OblastNames oblasts, boolean withFunding) {
    List<Column> columns = new ArrayList<>(hubColumns(book));
    columns.addAll(itemColumns(book, withFunding, Text.SERIAL_NUMBER));
    columns.add(Column.date(book.label(Text.ACQUIRED_ON)));
    columns.add(Column.wrapped(book.label(Text.STATUS), STATUS_WIDTH));
    columns.add(Column.date(book.label(Text.STATUS_SINCE)));
    columns.add(Column.date(book.label(Text.LAST_CHECKED_ON)));
    columns.add(Column.date(book.label(Text.CHECK_DUE_ON)));
    columns.add(Column.text(book.label(Text.CHECK_OVERDUE)));
    columns.addAll(useColumns(book, false));
    columns.add(Column.integer(book.label(Text.DAYS_UNDER_REPAIR)));
    Table table = new Table(book, book.label(Text.SHEET_EQUIPMENT_ITEMS), columns, 2, false);
    for (EquipmentUse item : items) {
      writeHub(table.row(), item.hub(), oblasts);
      table.userText(item.inventoryNumber()).label(item.category()).userText(item.model());
      table.userText(item.serialNumber());
      funding(table, item, withFunding);
      table.date(item.acquiredOn()).label(item.status()).date(item.statusSince());
      table.date(item.lastCheckedOn()).date(item.checkDueOn());
      table.label(item.overdue() ? Text.YES : Text.NO);
      writeUse(table, item.sessions(), item.trainingHours(), item.attendances());
      table.number(item.daysUnderRepair());
    }
    table.finish();
  }

  /**
   * The items whose check is overdue, longest unchecked first: which hubs must check theirs. The
   * funding source column only {@code withFunding}.
   */
  static void overdue(
      ReportBook book, List<EquipmentUse> overdue, OblastNames oblasts, boolean withFunding) {
    List<Column> columns = new ArrayList<>(hubColumns(book));
    columns.addAll(itemColumns(book, withFunding));
    columns.add(Column.wrapped(book.label(Text.STATUS), STATUS_WIDTH));
    columns.add(Column.date(book.label(Text.LAST_CHECKED_ON)));
    columns.add(Column.date(book.label(Text.CHECK_DUE_ON)));
    Table table = new Table(book, book.label(Text.SHEET_OVERDUE_CHECKS), columns, 2, false);
    for (EquipmentUse item : overdue) {
      writeHub(table.row(), item.hub(), oblasts);
      table.userText(item.inventoryNumber()).label(item.category()).userText(item.model());
      funding(table, item, withFunding);
      table.label(item.status());
      table.date(item.lastCheckedOn()).date(item.checkDueOn());
    }
    table.finish();
  }

  /**
   * One row per group of {@code dimension} (hub, oblast, category or funding source). Hubs and
   * oblasts hold disjoint sessions, so their sessions add up to a total; categories and funding
   * sources do not, and say so above the table.
   */
  static void groups(
      ReportBook book,
      Dimension dimension,
      List<EquipmentUseGroup> groups,
      List<EquipmentUse> items,
      OblastNames oblasts) {
    boolean disjoint = dimension == Dimension.HUB || dimension == Dimension.OBLAST;
    List<Column> columns = new ArrayList<>(leading(book, dimension));
    int first = columns.size();
    for (Text header :
        List.of(
            Text.ITEMS,
            Text.IN_SERVICE_ITEMS,
            Text.UNUSED_IN_SERVICE,
            Text.OVERDUE_CHECKS,
            Text.DAYS_UNDER_REPAIR)) {
      columns.add(Column.count(book.label(header)));
    }
    columns.addAll(useColumns(book, disjoint));
    String name = book.label(sheetName(dimension));
    Table table =
        disjoint
            ? new Table(book, name, columns, first, true)
            : Table.captioned(
                book,
                name,
                columns,
                true,
                List.of(name, book.label(Text.USE_GROUP_NOTE), book.label(Text.USE_GROUP_NOTE_2)));
    Map<String, HubRef> hubs = new LinkedHashMap<>();
    items.forEach(i -> hubs.putIfAbsent(i.hub().code(), i.hub()));
    for (EquipmentUseGroup group : groups) {
      table.row();
      switch (dimension) {
        case HUB -> writeHub(table, hubs.get(group.key()), oblasts);
        case OBLAST -> table.text(oblasts.name(group.key()));
        case CATEGORY -> table.label(EquipmentCategory.valueOf(group.key()));
        case FUNDING ->
            table.userText(
                group.key().isEmpty() ? book.label(Text.NO_FUNDING_SOURCE) : group.key());
        case WHOLE -> table.label(Text.TOTAL);
      }
      table.number(group.items()).number(group.inService()).number(group.unusedInService());
      table.number(group.overdueChecks()).number(group.daysUnderRepair());
      writeUse(table, group.sessions(), group.trainingHours(), group.attendances());
    }
    table.finish();
  }

  /** Inventory number, category, model, then {@code more}, then the funding source if wanted. */
  private static List<Column> itemColumns(ReportBook book, boolean withFunding, Text... more) {
    List<Column> columns = new ArrayList<>();
    columns.add(Column.text(book.label(Text.INVENTORY_NUMBER)));
    columns.add(Column.wrapped(book.label(Text.CATEGORY), MODEL_WIDTH));
    columns.add(Column.wrapped(book.label(Text.MODEL), MODEL_WIDTH));
    for (Text header : more) {
      columns.add(Column.text(book.label(header)));
    }
    if (withFunding) {
      columns.add(Column.text(book.label(Text.FUNDING_SOURCE)));
    }
    return columns;
  }

  private static void funding(Table table, EquipmentUse item, boolean withFunding) {
    if (withFunding) {
      table.userText(item.fundingSource());
    }
  }

  /**
   * The hub's code, name and oblast: the settlement columns of the other hub sheets are left out,
   * so that an item's row still prints legibly on one page width.
   */
  private static List<Column> hubColumns(ReportBook book) {
    return List.of(
        Column.text(book.label(Text.HUB_CODE)),
        Column.wrapped(book.label(Text.HUB), HUB_WIDTH),
        Column.wrapped(book.label(Text.OBLAST), OBLAST_WIDTH));
  }

  private static Table writeHub(Table table, HubRef hub, OblastNames oblasts) {
    return table.text(hub.code()).userText(hub.name()).text(oblasts.name(hub.oblastCode()));
  }

  private static List<Column> leading(ReportBook book, Dimension dimension) {
    return switch (dimension) {
      case HUB -> hubColumns(book);
      case OBLAST -> List.of(Column.text(book.label(Text.OBLAST)));
      case CATEGORY -> List.of(Column.text(book.label(Text.CATEGORY)));
      case FUNDING -> List.of(Column.text(book.label(Text.FUNDING_SOURCE)));
      case WHOLE -> List.of(Column.text(book.label(Text.FIGURE)));
    };
  }

  private static Text sheetName(Dimension dimension) {
    return switch (dimension) {
      case HUB -> Text.SHEET_USE_BY_HUB;
      case OBLAST -> Text.SHEET_USE_BY_OBLAST;
      case CATEGORY -> Text.SHEET_USE_BY_CATEGORY;
      case FUNDING, WHOLE -> Text.SHEET_USE_BY_FUNDING;
    };
  }

  /** Sessions, hours and attendances; {@code totalled} where the rows hold disjoint sessions. */
  private static List<Column> useColumns(ReportBook book, boolean totalled) {
    return List.of(
        new Column(book.label(Text.SESSIONS), Column.Kind.INTEGER, totalled),
        new Column(book.label(Text.TRAINING_HOURS), Column.Kind.HOURS, totalled),
        new Column(book.label(Text.ATTENDANCES), Column.Kind.INTEGER, totalled));
  }

  private static void writeUse(Table table, long sessions, double hours, long attendances) {
    table.number(sessions).number(hours).number(attendances);
  }
}
