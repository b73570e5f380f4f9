package org.hubops.reports;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** "Definitions": how each figure is counted, in wrapped text wide enough to read. */
final class DefinitionsSheet {

  private static final int TERM_WIDTH = 28;
  private static final int MEANING_WIDTH = 100;

  private DefinitionsSheet() {}

  static void write(ReportBook book) {
    Sheet sheet = book.streamingSheet(book.label(Text.SHEET_DEFINITIONS));
    Row header = sheet.createRow(0);
    Cells.text(header, 0, book.label(Text.TERM), book.styles.header);
    Cells.text(header, 1, book.label(Text.HOW_COUNTED), book.styles.header);
    int rowIndex = 1;
    for (Definition definition : Definition.values()) {
      Row row = sheet.createRow(rowIndex++);
      String meaning = definition.meaning(book.language);
      String term = definition.term(book.language);
      Cells.text(row, 0, term, book.styles.term);
      Cells.text(row, 1, meaning, book.styles.wrapped);
      // Streamed rows cannot be auto-sized: give each the lines its text needs at this width.
      row.setHeightInPoints(
          Math.max(
              TextWidth.wrappedHeight(term, TERM_WIDTH, true),
              TextWidth.wrappedHeight(meaning, MEANING_WIDTH, false)));
    }
    sheet.setColumnWidth(0, TERM_WIDTH * 256);
    sheet.setColumnWidth(1, MEANING_WIDTH * 256);
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, rowIndex - 1, 0, 1));
    ReportBook.setUpPrinting(sheet, 1);
  }
}
