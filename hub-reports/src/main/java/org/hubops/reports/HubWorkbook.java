package org.hubops.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.hubops.model.Language;
import org.hubops.model.report.HubDataset;
import org.hubops.model.report.HubFigures;
import org.hubops.model.report.SessionLine;

/**
 * One hub's workbook for a date range, for its coordinator and regional office: Summary, Topics,
 * Sessions, Equipment (every item), Data quality and Definitions.
 */
public final class HubWorkbook {

  private final Language language;
  private final int maxRowsPerSheet;
  private final boolean sessionSheets;

  /** Labels in {@code language}, sheets as long as Excel allows. */
  public HubWorkbook(Language language) {
    this(language, QuarterlyWorkbook.EXCEL_MAX_ROWS);
  }

  /** As {@link QuarterlyWorkbook#QuarterlyWorkbook(Language, int)}. */
  public HubWorkbook(Language language, int maxRowsPerSheet) {
    this(language, ReportBook.checkRowLimit(maxRowsPerSheet), true);
  }

  private HubWorkbook(Language language, int maxRowsPerSheet, boolean sessionSheets) {
    this.language = language;
    this.maxRowsPerSheet = maxRowsPerSheet;
    this.sessionSheets = sessionSheets;
  }

  /** As {@link QuarterlyWorkbook#withoutSessionSheets()}. */
  public HubWorkbook withoutSessionSheets() {
    return new HubWorkbook(language, maxRowsPerSheet, false);
  }

  /** Writes the workbook; {@code sessions} is read once, in order; {@code out} is not closed. */
  public void write(HubDataset dataset, Iterator<SessionLine> sessions, OutputStream out)
      throws IOException {
    try (ReportBook book = new ReportBook(language, maxRowsPerSheet)) {
      OblastNames oblasts = new OblastNames(List.of(dataset.oblast()), language);
      String title =
          book.label(Text.TITLE_HUB)
              + " "
              + dataset.hub().code()
              + ", "
              + dataset.from()
              + " – "
              + dataset.to();
      XSSFSheet summary = book.fixedSheet(book.label(Text.SHEET_SUMMARY));
      SummaryBlocks blocks = new SummaryBlocks(book, summary);
      blocks.title(title, subtitle(book, dataset));
      blocks.gap();
      blocks.headlines(SummaryBlocks.headlines(book, dataset.figures(), null), false);
      blocks.sexAge(dataset.figures().attendances());
      blocks.months(dataset.months());
      ReportBook.setUpPrinting(summary, 0);

      TopicSheet.write(book, dataset.topics());
      if (sessionSheets) {
        SessionSheet.write(book, sessions, oblasts);
      }
      EquipmentSheets.items(book, book.label(Text.SHEET_EQUIPMENT), dataset.equipment(), oblasts);
      DataQualitySheet.write(
          book,
          List.of(new HubFigures(dataset.hub(), dataset.figures())),
          dataset.sessionIssues(),
          oblasts);
      DefinitionsSheet.write(book);
      book.write(out, title);
    }
  }

  private static String subtitle(ReportBook book, HubDataset dataset) {
    return String.join(
        " · ",
        dataset.hub().name() == null ? "" : dataset.hub().name(),
        dataset.oblast().name(book.language),
        book.label(dataset.hub().settlementType()),
        SummaryBlocks.asOf(book, dataset.generatedAt()));
  }
}
