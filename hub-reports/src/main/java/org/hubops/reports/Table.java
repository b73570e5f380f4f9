package org.hubops.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.hubops.model.Labelled;

/**
 * A data sheet: styled header row, rows written left to right, and on {@link #finish()} a totals
 * row of live {@code SUM} formulas with their values, frozen header, autofilter, fitted widths and
 * print set-up. When a sheet is full it continues on "Name (2)", each part with its own totals.
 */
final class Table implements RowCells {

  private static final int MIN_WIDTH = 6;
  private static final int MAX_WIDTH = 50;

  /** The width of a {@link Column.Kind#WRAPPED} column, in which longer text wraps. */
  static final int WRAPPED_WIDTH = 36;

  /** Headers wrap onto at most this many lines; a column is widened until its header does. */
  private static final int HEADER_LINES = 3;

  private final ReportBook book;
  private final String name;
  private final int maxRows;
  private final List<Column> columns;
  private final int frozenColumns;
  private final boolean totals;
  private final List<String> sheetNames = new ArrayList<>();
  private final List<String> caption;

  /** The row of the header: 0, or below the caption and a blank row. */
  private int headerRow;

  private Sheet sheet;
  private Row row;
  private int rowIndex;
  private int column;
  private double[] sums;
  private double[] widths;

  /**
   * Per column, the largest magnitude of a positive and of a negative number whose width has been
   * measured, -1 before the first. A formatted number is never shorter than one of smaller
   * magnitude and the same sign, so only a new largest one needs formatting: {@code String.format}
   * for every cell took a third of the time of a 300,000-row sheet.
   */
  private double[] widestPositive;

  private double[] widestNegative;

  /**
   * A table whose rows always fit one sheet: at most a few tens of thousands (hubs, equipment).
   *
   * @param frozenColumns how many leading columns stay in view when scrolling right
   * @param totals whether to end each part with a totals row
   */
  Table(ReportBook book, String name, List<Column> columns, int frozenColumns, boolean totals) {
    this(book, name, columns, frozenColumns, totals, ReportBook.EXCEL_MAX_ROWS, List.of());
  }

  /**
   * A table under a caption: a title and lines under it (the scope, the date), for the table a
   * workbook opens on.
   */
  static Table captioned(
      ReportBook book, String name, List<Column> columns, boolean totals, List<String> caption) {
    return new Table(book, name, columns, 1, totals, ReportBook.EXCEL_MAX_ROWS, caption);
  }

  /**
   * A table that continues on further sheets past {@code maxRows} rows, header and totals included.
   */
  Table(
      ReportBook book,
      String name,
      List<Column> columns,
      int frozenColumns,
      boolean totals,
      int maxRows) {
    this(book, name, columns, frozenColumns, totals, maxRows, List.of());
  }

  private Table(
      ReportBook book,
      String name,
      List<Column> columns,
      int frozenColumns,
      boolean totals,
      int maxRows,
      List<String> caption) {
    if (maxRows < 3 + caption.size()) {
      throw new IllegalArgumentException("a sheet needs room for a header, a row and a total");
    }
    this.book = book;
    this.name = name;
    this.maxRows = maxRows;
    this.columns = List.copyOf(columns);
    this.frozenColumns = frozenColumns;
    this.totals = totals;
    this.caption = List.copyOf(caption);
    openPart();
  }

  /** Starts the next row, on a new part if this one is full. */
  Table row() {
    int reserved = totals ? 1 : 0;
    if (rowIndex + reserved >= maxRows) {
      closePart();
      openPart();
    }
    row = sheet.createRow(rowIndex++);
    column = 0;
    return this;
  }

  @Override
  public Table text(String value) {
    if (wraps(value)) {
      Cells.text(row, column++, value, book.styles.wrapped);
    } else {
      track(TextWidth.units(value, false));
      Cells.text(row, column++, value, book.styles.text);
    }
    return this;
  }

  @Override
  public Table label(Labelled value) {
    return text(value == null ? null : book.label(value));
  }

  /** Text a user typed; see {@link Cells#userText}. */
  @Override
  public Table userText(String value) {
    boolean wrap = wraps(value);
    if (!wrap) {
      track(TextWidth.units(value, false));
    }
    Cells.userText(row, column++, value, book.styles, wrap);
    return this;
  }

  @Override
  public Table number(double value) {
    Column.Kind kind = columns.get(column).kind();
    sums[column] += value;
    if (wider(value)) {
      track(TextWidth.units(formatted(kind, value), false));
    }
    Cells.number(row, column++, value, book.styles.of(kind));
    return this;
  }

  @Override
  public Table date(LocalDate value) {
    track(TextWidth.units("2026-12-31", false) + 1);
    Cells.date(row, column++, value, book.styles.date);
    return this;
  }

  @Override
  public Table dateTime(Instant value) {
    track(TextWidth.units("2026-12-31 23:59", false) + 1);
    Cells.dateTime(row, column++, value, book.styles.dateTime);
    return this;
  }

  /** A formula with its computed value; {@code %1$d} in it stands for this row's number. */
  Table formula(String template, double cached) {
    Column.Kind kind = columns.get(column).kind();
    sums[column] += cached;
    track(TextWidth.units(formatted(kind, cached), false));
    Cells.formula(row, column++, template.formatted(rowIndex), cached, book.styles.of(kind));
    return this;
  }

  /** The letter of column {@code index}, for formulas that refer to this table. */
  static String letter(int index) {
    return CellReference.convertNumToColString(index);
  }

  /** Ends the last part; returns the names of the sheets written, in order. */
  List<String> finish() {
    closePart();
    return List.copyOf(sheetNames);
  }

  private void openPart() {
    String sheetName = sheetNames.isEmpty() ? name : name + " (" + (sheetNames.size() + 1) + ")";
    sheetNames.add(sheetName);
    sheet = book.streamingSheet(sheetName);
    sums = new double[columns.size()];
    widths = new double[columns.size()];
    widestPositive = new double[columns.size()];
    widestNegative = new double[columns.size()];
    Arrays.fill(widestPositive, -1);
    Arrays.fill(widestNegative, -1);
    for (int i = 0; i < caption.size(); i++) {
      Cells.text(
          sheet.createRow(i), 0, caption.get(i), i == 0 ? book.styles.title : book.styles.text);
    }
    headerRow = caption.isEmpty() ? 0 : caption.size() + 1;
    Row header = sheet.createRow(headerRow);
    int headerLines = 1;
    for (int i = 0; i < columns.size(); i++) {
      String text = columns.get(i).header();
      Cells.text(header, i, text, book.styles.header);
      Column col = columns.get(i);
      widths[i] =
          col.kind() == Column.Kind.WRAPPED
              ? Math.max(col.wrapWidth(), headerWidth(text))
              : headerWidth(text);
      headerLines = Math.max(headerLines, TextWidth.lines(text, widths[i], true));
    }
    // Set now: a streamed header row is on disk before the data may widen its columns, so this is
    // the height for the narrowest the columns can be.
    header.setHeightInPoints(headerLines * TextWidth.LINE_POINTS);
    rowIndex = headerRow + 1;
  }

  private void closePart() {
    int lastDataRow = rowIndex - 1;
    if (totals && lastDataRow > headerRow) {
      Row total = sheet.createRow(rowIndex++);
      Cells.text(total, 0, book.label(Text.TOTAL), book.styles.totalLabel);
      for (int i = 1; i < columns.size(); i++) {
        Column col = columns.get(i);
        if (col.totalled()) {
          Cells.sum(total, i, headerRow + 1, lastDataRow, sums[i], book.styles.totalOf(col.kind()));
          // The total is the widest number of its column, and bold.
          widths[i] = Math.max(widths[i], TextWidth.units(formatted(col.kind(), sums[i]), true));
        } else {
          Cells.text(total, i, "", book.styles.totalLabel);
        }
      }
    }
    sheet.createFreezePane(frozenColumns, headerRow + 1);
    sheet.setAutoFilter(
        new CellRangeAddress(headerRow, Math.max(lastDataRow, headerRow), 0, columns.size() - 1));
    for (int i = 0; i < columns.size(); i++) {
      double units = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[i] + 1));
      sheet.setColumnWidth(i, (int) Math.ceil(units * 256));
    }
    ReportBook.setUpPrinting(sheet, headerRow, headerRow + 1);
  }

  /** Whether {@code value} may need more room than the numbers of its column so far. */
  private boolean wider(double value) {
    // -0.0 is printed with its minus sign, so it counts as negative.
    double[] widest = Math.copySign(1, value) < 0 ? widestNegative : widestPositive;
    double magnitude = Math.abs(value);
    if (magnitude > widest[column]) {
      widest[column] = magnitude;
      return true;
    }
    // NaN compares greater than nothing, so it is formatted every time, as before.
    return Double.isNaN(value);
  }

  private void track(double width) {
    widths[column] = Math.max(widths[column], width);
  }

  /**
   * Whether {@code value} goes into a wrapped column; if so, the row grows to the lines it needs
   * (set as each row is written: a streamed row cannot be changed once flushed).
   */
  private boolean wraps(String value) {
    if (columns.get(column).kind() != Column.Kind.WRAPPED) {
      return false;
    }
    if (value != null) {
      float height = TextWidth.wrappedHeight(value, widths[column], false);
      if (height > row.getHeightInPoints()) {
        row.setHeightInPoints(height);
      }
    }
    return true;
  }

  private static String formatted(Column.Kind kind, double value) {
    return String.format(kind == Column.Kind.HOURS ? "%,.1f" : "%,.0f", value);
  }

  /**
   * The narrowest width at which {@code header} wraps onto at most {@link #HEADER_LINES} lines
   * without breaking a word.
   */
  private static double headerWidth(String header) {
    double width = 0;
    for (String word : header.split("\\s+")) {
      width = Math.max(width, TextWidth.units(word, true));
    }
    width = Math.max(width, TextWidth.units(header, true) / HEADER_LINES);
    while (TextWidth.lines(header, width, true) > HEADER_LINES) {
      width += 0.5;
    }
    return width;
  }
}
