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
final class Table {

  private static final int MIN_WIDTH = 6;
  private static final int MAX_WIDTH = 50;

  private final ReportBook book;
  private final String name;
  private final int maxRows;
  private final List<Column> columns;
  private final int frozenColumns;
  private final boolean totals;
  private final List<String> sheetNames = new ArrayList<>();

  private Sheet sheet;
  private Row row;
  private int rowIndex;
  private int column;
  private double[] sums;
  private int[] widths;

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
    this(book, name, columns, frozenColumns, totals, ReportBook.EXCEL_MAX_ROWS);
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
    if (maxRows < 3) {
      throw new IllegalArgumentException("a sheet needs room for a header, a row and a total");
    }
    this.book = book;
    this.name = name;
    this.maxRows = maxRows;
    this.columns = List.copyOf(columns);
    this.frozenColumns = frozenColumns;
    this.totals = totals;
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

  Table text(String value) {
    track(value == null ? 0 : value.length());
    Cells.text(row, column++, value, book.styles.text);
    return this;
  }

  Table label(Labelled value) {
    return text(value == null ? null : book.label(value));
  }

  /** Text a user typed; see {@link Cells#userText}. */
  Table userText(String value) {
    track(value == null ? 0 : value.length());
    Cells.userText(row, column++, value, book.styles);
    return this;
  }

  Table number(double value) {
    Column.Kind kind = columns.get(column).kind();
    sums[column] += value;
    if (wider(value)) {
      track(String.format(kind == Column.Kind.INTEGER ? "%,.0f" : "%,.1f", value).length());
    }
    Cells.number(row, column++, value, book.styles.of(kind));
    return this;
  }

  Table date(LocalDate value) {
    track(11);
    Cells.date(row, column++, value, book.styles.date);
    return this;
  }

  Table dateTime(Instant value) {
    track(16);
    Cells.dateTime(row, column++, value, book.styles.dateTime);
    return this;
  }

  /** A formula with its computed value; {@code %1$d} in it stands for this row's number. */
  Table formula(String template, double cached) {
    Column.Kind kind = columns.get(column).kind();
    sums[column] += cached;
    track(String.format("%,.1f", cached).length());
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
    widths = new int[columns.size()];
    widestPositive = new double[columns.size()];
    widestNegative = new double[columns.size()];
    Arrays.fill(widestPositive, -1);
    Arrays.fill(widestNegative, -1);
    Row header = sheet.createRow(0);
    header.setHeightInPoints(3 * sheet.getDefaultRowHeightInPoints());
    for (int i = 0; i < columns.size(); i++) {
      Cells.text(header, i, columns.get(i).header(), book.styles.header);
      widths[i] = headerWidth(columns.get(i).header());
    }
    rowIndex = 1;
  }

  private void closePart() {
    int lastDataRow = rowIndex - 1;
    if (totals && lastDataRow >= 1) {
      Row total = sheet.createRow(rowIndex++);
      Cells.text(total, 0, book.label(Text.TOTAL), book.styles.totalLabel);
      for (int i = 1; i < columns.size(); i++) {
        Column col = columns.get(i);
        if (col.totalled()) {
          Cells.sum(total, i, 1, lastDataRow, sums[i], book.styles.totalOf(col.kind()));
        } else {
          Cells.text(total, i, "", book.styles.totalLabel);
        }
      }
    }
    sheet.createFreezePane(frozenColumns, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastDataRow, 0), 0, columns.size() - 1));
    for (int i = 0; i < columns.size(); i++) {
      int chars = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[i] + 2));
      sheet.setColumnWidth(i, chars * 256);
    }
    ReportBook.setUpPrinting(sheet, 1);
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

  private void track(int length) {
    widths[column] = Math.max(widths[column], length);
  }

  /** Headers wrap onto up to three lines, so they need only a third of their length, or a word. */
  private static int headerWidth(String header) {
    int longestWord = 0;
    for (String word : header.split("\\s+")) {
      longestWord = Math.max(longestWord, word.length());
    }
    return Math.max(longestWord, (header.length() + 2) / 3);
  }
}
