package org.hubops.reports;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.hubops.model.imports.ImportSheet;
import org.hubops.model.rest.Topic;

/** The template's first sheet: how to fill it in, and the topic codes. */
final class InstructionsSheet {

  private static final int TEXT_WIDTH = 110;

  private InstructionsSheet() {}

  static void write(ReportBook book, TemplateContext context) {
    XSSFSheet sheet = book.fixedSheet(book.label(ImportSheet.INSTRUCTIONS));
    int r = 0;
    Cells.text(
        sheet.createRow(r++),
        0,
        String.format(book.label(TemplateText.TITLE), context.hubCode(), context.hubName()),
        book.styles.title);
    r++;
    Cells.text(sheet.createRow(r++), 0, book.label(TemplateText.HOW_TO), book.styles.subtitle);
    List<String> steps =
        List.of(
            String.format(book.label(TemplateText.STEP_SESSIONS), book.label(ImportSheet.SESSIONS)),
            String.format(
                book.label(TemplateText.STEP_ATTENDEES), book.label(ImportSheet.ATTENDEES)),
            book.label(TemplateText.STEP_FORMATS),
            book.label(TemplateText.STEP_CHOICES),
            book.label(TemplateText.STEP_TOPICS),
            book.label(TemplateText.STEP_EQUIPMENT),
            book.label(TemplateText.STEP_SESSION_ID),
            book.label(TemplateText.STEP_DONT),
            String.format(book.label(TemplateText.STEP_IMPORT), context.hubCode()),
            book.label(TemplateText.STEP_ALL_OR_NOTHING),
            book.label(TemplateText.STEP_AGAIN));
    for (int i = 0; i < steps.size(); i++) {
      Row row = sheet.createRow(r++);
      Cells.text(row, 0, String.valueOf(i + 1), book.styles.rightText);
      Cells.text(row, 1, steps.get(i), book.styles.wrapped);
      row.setHeightInPoints(TextWidth.wrappedHeight(steps.get(i), TEXT_WIDTH, false));
    }
    r++;
    Cells.text(sheet.createRow(r++), 0, book.label(TemplateText.TOPIC_CODES), book.styles.subtitle);
    Row header = sheet.createRow(r++);
    Cells.text(header, 0, book.label(TemplateText.CODE), book.styles.header);
    Cells.text(header, 1, book.label(TemplateText.TOPIC), book.styles.header);
    for (Topic topic : context.topics()) {
      Row row = sheet.createRow(r++);
      Cells.text(row, 0, topic.code(), book.styles.text);
      Cells.text(row, 1, topic.name(book.language), book.styles.text);
    }
    sheet.setColumnWidth(0, 8 * 256);
    sheet.setColumnWidth(1, TEXT_WIDTH * 256);
    sheet.enableLocking();
    ReportBook.setUpPrinting(sheet, 0);
  }
}
