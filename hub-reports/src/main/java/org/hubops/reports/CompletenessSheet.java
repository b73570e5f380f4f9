package org.hubops.reports;

import java.util.ArrayList;
import java.util.List;
import org.hubops.model.report.Completeness;

/**
 * "Reporting": who has reported the quarter, per oblast with the country's total (expected,
 * submitted on time and late, nil reports, returned, missing), the same per raion, then the hubs
 * still missing on a sheet of their own, so that the workbook says how complete its figures are.
 */
final class CompletenessSheet {

  private CompletenessSheet() {}

  static void write(ReportBook book, Completeness completeness, OblastNames names) {
    List<Column> columns = new ArrayList<>();
    columns.add(Column.text(book.label(Text.OBLAST_CODE)));
    columns.add(Column.text(book.label(Text.OBLAST)));
    columns.addAll(countColumns(book));
    Table table = new Table(book, book.label(Text.SHEET_COMPLETENESS), columns, 2, true);
    for (Completeness.OblastCompleteness o : completeness.oblasts()) {
      table.row().text(o.oblast()).text(names.name(o.oblast()));
      counts(table, o.expected(), o.submitted(), o.onTime(), o.late(), o.nil(), o.returned());
      table.number(o.missing());
    }
    table.finish();
    writeRaions(book, completeness, names);
    if (completeness.missingHubs().isEmpty()) {
      return;
    }
    Table missing =
        new Table(
            book,
            book.label(Text.SHEET_MISSING),
            List.of(
                Column.text(book.label(Text.HUB_CODE)),
                Column.text(book.label(Text.HUB)),
                Column.text(book.label(Text.OBLAST)),
                Column.date(book.label(Text.LAST_SESSION))),
            1,
            false);
    for (Completeness.MissingHub hub : completeness.missingHubs()) {
      missing.row().text(hub.hubCode()).userText(hub.hubName()).text(names.name(hub.oblast()));
      missing.date(hub.lastSession());
    }
    missing.finish();
  }

  /** The same counts per raion, so a regional office sees which raions lag behind. */
  private static void writeRaions(ReportBook book, Completeness completeness, OblastNames names) {
    if (completeness.raions().isEmpty()) {
      return;
    }
    List<Column> columns = new ArrayList<>();
    columns.add(Column.text(book.label(Text.OBLAST_CODE)));
    columns.add(Column.text(book.label(Text.OBLAST)));
    columns.add(Column.text(book.label(Text.RAION_CODE)));
    columns.add(Column.text(book.label(Text.RAION)));
    columns.addAll(countColumns(book));
    Table table = new Table(book, book.label(Text.SHEET_COMPLETENESS_BY_RAION), columns, 4, true);
    for (Completeness.RaionCompleteness r : completeness.raions()) {
      table.row().text(r.oblast()).text(names.name(r.oblast()));
      table.text(r.raionCode() == null ? "" : r.raionCode());
      table.text(r.raionCode() == null ? book.label(Text.NO_RAION) : r.raion());
      counts(table, r.expected(), r.submitted(), r.onTime(), r.late(), r.nil(), r.returned());
      table.number(r.missing());
    }
    table.finish();
  }

  private static List<Column> countColumns(ReportBook book) {
    return List.of(
        Column.count(book.label(Text.EXPECTED)),
        Column.count(book.label(Text.SUBMITTED)),
        Column.count(book.label(Text.ON_TIME)),
        Column.count(book.label(Text.LATE)),
        Column.count(book.label(Text.NIL)),
        Column.count(book.label(Text.RETURNED)),
        Column.count(book.label(Text.MISSING)));
  }

  private static void counts(
      Table table, int expected, int submitted, int onTime, int late, int nil, int returned) {
    table.number(expected).number(submitted).number(onTime).number(late);
    table.number(nil).number(returned);
  }
}
