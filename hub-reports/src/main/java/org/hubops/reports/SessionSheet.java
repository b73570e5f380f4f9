package org.hubops.reports;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.hubops.model.report.SessionLine;

/**
 * "Sessions": one row per session, streamed from the iterator so a national quarter never sits in
 * memory, continued on "Sessions (2)" and on when a sheet is full. Its columns and rows are also
 * those of the detail written as CSV ({@link SessionCsv}).
 */
final class SessionSheet {

  private SessionSheet() {}

  /** Writes every line; returns the names of the sheets it used. */
  static List<String> write(ReportBook book, Iterator<SessionLine> sessions, OblastNames oblasts) {
    Table table =
        new Table(
            book, book.label(Text.SHEET_SESSIONS), columns(book), 3, true, book.maxRowsPerSheet);
    while (sessions.hasNext()) {
      writeLine(table.row(), sessions.next(), oblasts);
    }
    return table.finish();
  }

  static List<Column> columns(Labels labels) {
    List<Column> columns = new ArrayList<>();
    columns.add(Column.date(labels.label(Text.DATE)));
    columns.addAll(HubSheet.hubColumns(labels));
    columns.add(Column.text(labels.label(Text.KIND)));
    columns.add(Column.text(labels.label(Text.FORMAT)));
    columns.add(Column.text(labels.label(Text.TOPIC_CODES)));
    columns.add(Column.hours(labels.label(Text.TRAINING_HOURS)));
    columns.addAll(FigureColumns.attendance(labels));
    columns.add(Column.dateTime(labels.label(Text.RECORDED_AT)));
    columns.add(Column.text(labels.label(Text.LATE_ENTRY)));
    return columns;
  }

  static void writeLine(RowCells row, SessionLine line, OblastNames oblasts) {
    row.date(line.date());
    HubSheet.writeHub(row, line.hub(), oblasts);
    row.label(line.kind()).label(line.format()).text(String.join("; ", line.topics()));
    row.number(line.durationMinutes() / 60.0);
    FigureColumns.writeAttendance(row, line.attendees());
    row.dateTime(line.createdAt()).label(line.recordedLate() ? Text.YES : Text.NO);
  }
}
