package org.hubops.reports;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.hubops.model.report.SessionLine;

/**
 * "Sessions": one row per session, streamed from the iterator so a national quarter never sits in
 * memory, continued on "Sessions (2)" and on when a sheet is full.
 */
final class SessionSheet {

  private SessionSheet() {}

  /** Writes every line; returns the names of the sheets it used. */
  static List<String> write(ReportBook book, Iterator<SessionLine> sessions, OblastNames oblasts) {
    List<Column> columns = new ArrayList<>();
    columns.add(Column.date(book.label(Text.DATE)));
    columns.addAll(HubSheet.hubColumns(book));
    columns.add(Column.text(book.label(Text.KIND)));
    columns.add(Column.text(book.label(Text.FORMAT)));
    columns.add(Column.text(book.label(Text.TOPIC_CODES)));
    columns.add(Column.hours(book.label(Text.TRAINING_HOURS)));
    columns.addAll(FigureColumns.attendance(book));
    columns.add(Column.dateTime(book.label(Text.RECORDED_AT)));
    columns.add(Column.text(book.label(Text.LATE_ENTRY)));
    Table table =
        new Table(book, book.label(Text.SHEET_SESSIONS), columns, 3, true, book.maxRowsPerSheet);
    while (sessions.hasNext()) {
      SessionLine line = sessions.next();
      table.row().date(line.date());
      HubSheet.writeHub(table, line.hub(), oblasts);
      table.label(line.kind()).label(line.format()).text(String.join("; ", line.topics()));
      table.number(line.durationMinutes() / 60.0);
      FigureColumns.writeAttendance(table, line.attendees());
      table.dateTime(line.createdAt()).label(line.recordedLate() ? Text.YES : Text.NO);
    }
    return table.finish();
  }
}
