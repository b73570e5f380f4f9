package org.hubops.reports;

import java.util.ArrayList;
import java.util.List;
import org.hubops.model.report.DataIssue;
import org.hubops.model.report.HubFigures;
import org.hubops.model.report.ReportRules;
import org.hubops.model.report.SessionIssue;

/**
 * "Data quality": hubs that logged nothing, hubs whose settlement code is missing or retired by the
 * codifier, sessions without attendees, late entries; one table, so a regional office can filter it
 * by issue or by hub.
 */
final class DataQualitySheet {

  private DataQualitySheet() {}

  static void write(
      ReportBook book, List<HubFigures> hubs, List<SessionIssue> issues, OblastNames oblasts) {
    List<Column> columns = new ArrayList<>();
    columns.add(Column.text(book.label(Text.ISSUE)));
    columns.addAll(HubSheet.hubColumns(book));
    columns.add(Column.date(book.label(Text.DATE)));
    columns.add(Column.text(book.label(Text.KIND)));
    columns.add(Column.dateTime(book.label(Text.RECORDED_AT)));
    columns.add(Column.integer(book.label(Text.DAYS_TO_RECORD)));
    Table table = new Table(book, book.label(Text.SHEET_DATA_QUALITY), columns, 1, false);
    for (HubFigures hub : hubs) {
      if (hub.figures().sessions() == 0) {
        table.row().label(DataIssue.HUB_WITHOUT_SESSIONS);
        HubSheet.writeHub(table, hub.hub(), oblasts);
      }
    }
    for (HubFigures hub : hubs) {
      if (hub.placeIssue() != null) {
        table.row().label(hub.placeIssue());
        HubSheet.writeHub(table, hub.hub(), oblasts);
      }
    }
    for (SessionIssue issue : issues) {
      table.row().label(issue.issue());
      HubSheet.writeHub(table, issue.hub(), oblasts);
      table.date(issue.date()).label(issue.kind()).dateTime(issue.createdAt());
      table.number(ReportRules.daysToRecord(issue.date(), issue.createdAt()));
    }
    table.finish();
  }
}
