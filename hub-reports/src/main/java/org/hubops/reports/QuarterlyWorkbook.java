package org.hubops.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.hubops.model.Language;
import org.hubops.model.report.EquipmentUseGroup;
import org.hubops.model.report.QuarterlyDataset;
import org.hubops.model.report.SessionLine;
import org.hubops.model.rest.Oblast;

/**
 * The quarterly workbook that association staff send on: Summary (with charts), Reporting (who has
 * submitted, and the hubs missing), By region, By hub, Topics, Equipment, Needs attention,
 * Equipment use by hub, Sessions (continued on further sheets past the row limit), Data quality and
 * Definitions. Labels are in the chosen language; memory use does not grow with the number of
 * sessions.
 */
public final class QuarterlyWorkbook {

  /** The most rows a sheet can have in Excel. */
  public static final int EXCEL_MAX_ROWS = ReportBook.EXCEL_MAX_ROWS;

  private final Language language;
  private final int maxRowsPerSheet;
  private final boolean sessionSheets;

  /** Labels in {@code language}, sheets as long as Excel allows. */
  public QuarterlyWorkbook(Language language) {
    this(language, EXCEL_MAX_ROWS);
  }

  /**
   * @param maxRowsPerSheet rows per session sheet, header and totals included, before the detail
   *     continues on the next sheet; at least 3, at most {@link #EXCEL_MAX_ROWS}
   */
  public QuarterlyWorkbook(Language language, int maxRowsPerSheet) {
    this(language, ReportBook.checkRowLimit(maxRowsPerSheet), true);
  }

  private QuarterlyWorkbook(Language language, int maxRowsPerSheet, boolean sessionSheets) {
    this.language = language;
    this.maxRowsPerSheet = maxRowsPerSheet;
    this.sessionSheets = sessionSheets;
  }

  /**
   * The same workbook without the session sheets, for a caller that writes the detail elsewhere
   * ({@link SessionCsv}); the sessions given to {@code write} are then not read.
   */
  public QuarterlyWorkbook withoutSessionSheets() {
    return new QuarterlyWorkbook(language, maxRowsPerSheet, false);
  }

  /**
   * Writes the workbook. {@code sessions} is read once, in order, and may stream from a cursor;
   * {@code out} is not closed.
   */
  public void write(QuarterlyDataset dataset, Iterator<SessionLine> sessions, OutputStream out)
      throws IOException {
    List<Oblast> named = new ArrayList<>(dataset.oblasts());
    named.addAll(dataset.equipment().oblasts());
    write(() -> dataset, named, sessions, out);
  }

  /**
   * Writes the workbook while its figures are still being counted: the session detail first (named
   * with {@code oblasts}, e.g. the reference list), and the sheets of the figures once {@code
   * dataset} hands them over, put in their places among the tabs. The service counts a national
   * quarter's figures in about as long as a third of the detail takes to write, so a caller that
   * fetches both at once gets the workbook that much sooner.
   */
  public void write(
      Supplier<QuarterlyDataset> dataset,
      List<Oblast> oblasts,
      Iterator<SessionLine> sessions,
      OutputStream out)
      throws IOException {
    try (ReportBook book = new ReportBook(language, maxRowsPerSheet)) {
      // Made first so that it is the first tab; filled last, once the sheets it refers to exist.
      XSSFSheet summary = book.fixedSheet(book.label(Text.SHEET_SUMMARY));
      if (sessionSheets) {
        SessionSheet.write(book, sessions, new OblastNames(oblasts, language));
      }
      QuarterlyDataset figures = dataset.get();
      List<Oblast> named = new ArrayList<>(figures.oblasts());
      named.addAll(figures.equipment().oblasts());
      OblastNames names = new OblastNames(named, language);
      int detailEnd = book.sheetCount();
      if (figures.completeness() != null) {
        CompletenessSheet.write(book, figures.completeness(), names);
      }
      RegionSheet.write(book, figures.regions());
      RegionSheet.writeRaions(book, figures.regions());
      HromadaSheet.write(book, figures.oblastCode(), figures.regions());
      HubSheet.write(book, figures.hubs(), names);
      TopicSheet.write(book, figures.topics());
      // The same summary by category as the equipment workbook's, ahead of the per-hub rows.
      EquipmentSheets.byCategory(book, figures.equipment().counts(), List.of());
      EquipmentSheets.perHub(book, figures.equipment().counts(), names);
      EquipmentSheets.items(
          book,
          book.label(Text.SHEET_NEEDS_ATTENTION),
          figures.equipment().needingAttention(),
          names);
      if (figures.equipment().from() != null) { // not in datasets frozen before it was counted
        EquipmentUseSheets.groups(
            book,
            EquipmentUseGroup.Dimension.HUB,
            figures.equipment().groups(EquipmentUseGroup.Dimension.HUB),
            figures.equipment().items(),
            names);
      }
      // The figures' sheets come before the detail, right after the summary.
      book.moveSheets(detailEnd, book.sheetCount(), 1);
      DataQualitySheet.write(book, figures.hubs(), figures.sessionIssues(), names);
      DefinitionsSheet.write(book);
      String title = book.label(Text.TITLE_QUARTERLY) + ", " + figures.quarter();
      QuarterlySummary.write(book, summary, figures, title);
      book.write(out, title);
    }
  }
}
