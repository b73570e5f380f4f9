package org.hubops.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.hubops.model.Language;
import org.hubops.model.report.QuarterlyDataset;
import org.hubops.model.report.SessionLine;
import org.hubops.model.rest.Oblast;

/**
 * The quarterly workbook that association staff send on: Summary (with charts), By region, By hub,
 * Topics, Equipment, Needs attention, Sessions (continued on further sheets past the row limit),
 * Data quality and Definitions. Labels are in the chosen language; memory use does not grow with
 * the number of sessions.
 */
public final class QuarterlyWorkbook {

  /** The most rows a sheet can have in Excel. */
  public static final int EXCEL_MAX_ROWS = ReportBook.EXCEL_MAX_ROWS;

  private final Language language;
  private final int maxRowsPerSheet;

  /** Labels in {@code language}, sheets as long as Excel allows. */
  public QuarterlyWorkbook(Language language) {
    this(language, EXCEL_MAX_ROWS);
  }

  /**
   * @param maxRowsPerSheet rows per session sheet, header and totals included, before the detail
   *     continues on the next sheet; at least 3, at most {@link #EXCEL_MAX_ROWS}
   */
  public QuarterlyWorkbook(Language language, int maxRowsPerSheet) {
    this.language = language;
    this.maxRowsPerSheet = ReportBook.checkRowLimit(maxRowsPerSheet);
  }

  /**
   * Writes the workbook. {@code sessions} is read once, in order, and may stream from a cursor;
   * {@code out} is not closed.
   */
  public void write(QuarterlyDataset dataset, Iterator<SessionLine> sessions, OutputStream out)
      throws IOException {
    try (ReportBook book = new ReportBook(language, maxRowsPerSheet)) {
      List<Oblast> named = new ArrayList<>(dataset.oblasts());
      named.addAll(dataset.equipment().oblasts());
      OblastNames oblasts = new OblastNames(named, language);
      // Made first so that it is the first tab; filled last, once the sheets it refers to exist.
      XSSFSheet summary = book.fixedSheet(book.label(Text.SHEET_SUMMARY));
      RegionSheet.write(book, dataset.regions());
      HubSheet.write(book, dataset.hubs(), oblasts);
      TopicSheet.write(book, dataset.topics());
      EquipmentSheets.perHub(book, dataset.equipment().counts(), oblasts);
      EquipmentSheets.items(
          book,
          book.label(Text.SHEET_NEEDS_ATTENTION),
          dataset.equipment().needingAttention(),
          oblasts);
      SessionSheet.write(book, sessions, oblasts);
      DataQualitySheet.write(book, dataset.hubs(), dataset.sessionIssues(), oblasts);
      DefinitionsSheet.write(book);
      String title = book.label(Text.TITLE_QUARTERLY) + ", " + dataset.quarter();
      QuarterlySummary.write(book, summary, dataset, title);
      book.write(out, title);
    }
  }
}
