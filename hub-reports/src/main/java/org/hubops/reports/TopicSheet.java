package org.hubops.reports;

import java.util.List;
import org.hubops.model.TopicArea;
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
            Column.wrapped(book.label(Text.TOPIC_AREA)),
            Column.wrapped(book.label(Text.TOPIC)));
    Table table =
        new Table(
            book,
            book.label(Text.SHEET_TOPICS),
            FigureColumns.after(leading, FigureColumns.figures(book)),
            3,
            false);
    for (TopicFigures topic : topics) {
      String area = topic.topic().area();
      // A bare area code (1, 2, E) explains nothing to a reader: name the DigComp area.
      table.row().text(topic.topic().code());
      table.text(TopicArea.ofCode(area).map(book::label).orElse(area));
      table.text(topic.topic().name(book.language));
      FigureColumns.writeFigures(table, topic.figures());
    }
    table.finish();
  }
}
