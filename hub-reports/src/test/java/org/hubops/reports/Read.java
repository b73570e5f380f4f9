package org.hubops.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a written workbook back the way a person would look things up in it. */
final class Read {

  private Read() {}

  static XSSFWorkbook workbook(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  /**
   * The index of the column whose header is {@code header}: in row 1, or a few rows down on a sheet
   * whose table has a caption above it.
   */
  static int column(Sheet sheet, String header) {
    for (int r = 0; r <= Math.min(4, sheet.getLastRowNum()); r++) {
      Row row = sheet.getRow(r);
      for (Cell cell : row == null ? List.<Cell>of() : row) {
        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(header)) {
          return cell.getColumnIndex();
        }
      }
    }
    throw new AssertionError("no column " + header + " on " + sheet.getSheetName());
  }

  /** The first row whose cell in {@code column} reads {@code label}. */
  static Row row(Sheet sheet, int column, String label) {
    for (Row row : sheet) {
      Cell cell = row.getCell(column);
      if (cell != null
          && cell.getCellType() == CellType.STRING
          && cell.getStringCellValue().equals(label)) {
        return row;
      }
    }
    throw new AssertionError("no row " + label + " on " + sheet.getSheetName());
  }

  /** The value shown in a numeric cell: for a formula, its cached result. */
  static double number(Row row, int column) {
    return row.getCell(column).getNumericCellValue();
  }

  /** The data rows of a table sheet: all but the header and the totals row. */
  static List<Row> dataRows(Sheet sheet, boolean withTotals) {
    List<Row> rows = new ArrayList<>();
    int last = sheet.getLastRowNum() - (withTotals ? 1 : 0);
    for (int i = 1; i <= last; i++) {
      rows.add(sheet.getRow(i));
    }
    return rows;
  }

  static Row totals(Sheet sheet) {
    return sheet.getRow(sheet.getLastRowNum());
  }

  /** A sheet and its continuations ("Name (2)", ...), in order. */
  static List<Sheet> parts(Workbook workbook, String name) {
    List<Sheet> parts = new ArrayList<>();
    for (Sheet sheet : workbook) {
      if (sheet.getSheetName().equals(name) || sheet.getSheetName().startsWith(name + " (")) {
        parts.add(sheet);
      }
    }
    return parts;
  }

  /** Every cell's text as shown: strings, and formulas as written. */
  static List<String> allText(Workbook workbook) {
    List<String> texts = new ArrayList<>();
    for (Sheet sheet : workbook) {
      texts.addAll(allText(sheet));
    }
    return texts;
  }

  /** Every cell's text of one sheet, as {@link #allText(Workbook)}. */
  static List<String> allText(Sheet sheet) {
    List<String> texts = new ArrayList<>();
    for (Row row : sheet) {
      StreamSupport.stream(row.spliterator(), false)
          .forEach(
              cell ->
                  texts.add(
                      switch (cell.getCellType()) {
                        case STRING -> cell.getStringCellValue();
                        case FORMULA -> cell.getCellFormula();
                        default -> String.valueOf(cell);
                      }));
    }
    return texts;
  }
}
