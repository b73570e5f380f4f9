package org.hubops.reports;

import java.util.List;
import org.hubops.model.report.Completeness;

/**
 * "Reporting": who has reported the quarter, per oblast with the country's total (expected,
 * submitted on time and late, nil reports, returned, missing), then the hubs still missing on a
 * sheet of their own, so that the workbook says how complete its figures are.
 */
final class CompletenessSheet {

  private CompletenessSheet() {}

  static void write(ReportBook book, Completeness completeness, OblastNames names) {
    Table table =
        new Table(
            book,
            book.label(Text.SHEET_COMPLETENESS),
            List.of(
                Column.text(book.label(Text.OBLAST_CODE)),
                Column.text(book.label(Text.OBLAST)),
                Column.count(book.label(Text.EXPECTED)),
                Column.count(book.label(Text.SUBMITTED)),
                Column.count(book.label(Text.ON_TIME)),
                Column.count(book.label(Text.LATE)),
                Column.count(book.label(Text.NIL)),
                Column.count(book.label(Text.RETURNED)),
                Column.count(book.label(Text.MISSING))),
            2,
            true);
    for (Completeness.OblastCompleteness o : completeness.oblasts()) {
      table.row().text(o.oblast()).text(names.name(o.oblast()));
      table.number(o.expected()).number(o.submitted()).number(o.onTime()).number(o.late());
      table.number(o.nil()).number(o.returned()).number(o.missing());
    }
    table.finish();
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
}
