package org.hubops.reports;

import java.util.List;
import org.hubops.model.report.TopicFigures;

/**
 * "Topics": the figures of the sessions that taught each topic. No totals row: a session with
 * several topics counts under each, so a sum would count it twice.
 */
final class TopicSheet {

  private TopicSheet() {}

  static void write(ReportBook book, List<TopicFigures> topics) {
    List<Column> leading =
        List.of(
            Column.text(book.label(Text.TOPIC_CODE)),
            Column.text(book.label(Text.TOPIC_AREA)),
            Column.text(book.label(Text.TOPIC)));
    Table table =
        new Table(
            book,
            book.label(Text.SHEET_TOPICS),
            FigureColumns.after(leading, FigureColumns.figures(book)),
            3,
            false);
    for (TopicFigures topic : topics) {
      table.row().text(topic.topic().code()).text(topic.topic().area());
      table.text(topic.topic().name(book.language));
      FigureColumns.writeFigures(table, topic.figures());
    }
    table.finish();
  }
}
