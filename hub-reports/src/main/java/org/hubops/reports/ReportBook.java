package org.hubops.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hubops.model.Labelled;
import org.hubops.model.Language;

/**
 * One workbook being written: its language, its styles, and the two kinds of sheet it can make.
 * Long sheets stream through SXSSF; a sheet with charts must be an ordinary in-memory XSSF sheet,
 * because SXSSF cannot hold drawings on the sheets it streams.
 */
final class ReportBook implements AutoCloseable, Labels {

  /** The most rows a sheet can have in Excel (and in LibreOffice since 7.4). */
  static final int EXCEL_MAX_ROWS = 1_048_576;

  /** Rows an SXSSF sheet keeps in memory before flushing them to its temporary file. */
  private static final int ROW_WINDOW = 200;

  final Language language;
  final Styles styles;
  final int maxRowsPerSheet;
  private final SXSSFWorkbook workbook;

  ReportBook(Language language, int maxRowsPerSheet) {
    this.language = language;
    this.maxRowsPerSheet = maxRowsPerSheet;
    // Uncompressed temporary files: gzip on the way in and out took a sixth of the time of a
    // national quarter. The price is disk: its 300,000 session rows are about 430 MB of XML in
    // the temporary folder (40 MB gzipped) until the workbook is written and they are deleted.
    this.workbook = new FastZipWorkbook();
    this.styles = new Styles(workbook);
  }

  /** Rejects a row limit outside 3 (header, a row, totals) to {@link #EXCEL_MAX_ROWS}. */
  static int checkRowLimit(int maxRowsPerSheet) {
    if (maxRowsPerSheet < 3 || maxRowsPerSheet > EXCEL_MAX_ROWS) {
      throw new IllegalArgumentException(
          "rows per sheet must be 3 to " + EXCEL_MAX_ROWS + ", was " + maxRowsPerSheet);
    }
    return maxRowsPerSheet;
  }

  @Override
  public String label(Labelled labelled) {
    return labelled.label(language);
  }

  /**
   * An in-memory sheet, for short sheets with charts. It is made on the wrapped XSSF workbook and
   * so never registered with SXSSF, which writes it out as it is.
   */
  XSSFSheet fixedSheet(String name) {
    return workbook.getXSSFWorkbook().createSheet(name);
  }

  /** A sheet whose rows stream to a temporary file. */
  Sheet streamingSheet(String name) {
    return workbook.createSheet(name);
  }

  int sheetCount() {
    return workbook.getNumberOfSheets();
  }

  /**
   * Moves the sheets at {@code from} up to {@code to} (exclusive), in order, to start at {@code
   * at}.
   */
  void moveSheets(int from, int to, int at) {
    for (int i = from; i < to; i++) {
      workbook.setSheetOrder(workbook.getSheetName(i), at + i - from);
    }
  }

  /** Left and right margins, in inches: narrow, so that a wide table prints larger. */
  static final double SIDE_MARGIN = 0.25;

  /** Top and bottom margins, in inches, with room for the sheet's name and the page number. */
  static final double END_MARGIN = 0.5;

  /**
   * Landscape, one page wide, narrow margins, the first {@code headerRows} rows repeated on every
   * page.
   */
  static void setUpPrinting(Sheet sheet, int headerRows) {
    setUpPrinting(sheet, 0, headerRows);
  }

  /** As {@link #setUpPrinting(Sheet, int)}, repeating rows {@code from} up to {@code to}. */
  static void setUpPrinting(Sheet sheet, int from, int to) {
    PrintSetup print = sheet.getPrintSetup();
    print.setLandscape(true);
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN);
    sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN);
    sheet.setMargin(PageMargin.TOP, END_MARGIN);
    sheet.setMargin(PageMargin.BOTTOM, END_MARGIN);
    sheet.setMargin(PageMargin.HEADER, 0.2);
    sheet.setMargin(PageMargin.FOOTER, 0.2);
    if (to > from) {
      sheet.setRepeatingRows(new CellRangeAddress(from, to - 1, -1, -1));
    }
    sheet.getFooter().setCenter("&P / &N");
    sheet.getHeader().setLeft("&A");
  }

  /**
   * Deflate at its fastest level. The zip's compression was over half of a national quarter's
   * workbook (11.7 of 21 s in a JFR profile of 300,000 session lines): the XML of the streamed
   * sheets is some 430 MB, and the default level 6 deflates it at about 40 MB/s on this machine's
   * cores. Level 1 is several times faster for a somewhat larger file (see docs/benchmarks.md).
   */
  static final int ZIP_LEVEL = Deflater.BEST_SPEED;

  /** SXSSF writing its package at {@link #ZIP_LEVEL}. */
  private static final class FastZipWorkbook extends SXSSFWorkbook {

    FastZipWorkbook() {
      super(new XSSFWorkbook(), ROW_WINDOW, false);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
      ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
      zip.setLevel(ZIP_LEVEL);
      return zip;
    }
  }

  /** Writes the workbook with its title and author, opening on the first sheet. */
  void write(OutputStream out, String title) throws IOException {
    XSSFWorkbook template = workbook.getXSSFWorkbook();
    template.getProperties().getCoreProperties().setTitle(title);
    template.getProperties().getCoreProperties().setCreator(label(Text.AUTHOR));
    template.setActiveSheet(0);
    template.setSelectedTab(0);
    workbook.write(out);
  }

  /** Deletes the temporary files of the streamed sheets. */
  @Override
  public void close() throws IOException {
    workbook.dispose();
    workbook.close();
  }
}
