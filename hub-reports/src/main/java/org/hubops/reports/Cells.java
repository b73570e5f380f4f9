package org.hubops.reports;

import java.time.Instant;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.hubops.model.Kyiv;

/** Writes one cell; the only place that decides how a value becomes a cell. */
final class Cells {

  private Cells() {}

  /** Text we wrote ourselves: labels, codes from closed vocabularies. */
  static Cell text(Row row, int column, String value, CellStyle style) {
    Cell cell = styled(row, column, style);
    cell.setCellValue(value);
    return cell;
  }

  /**
   * Text that came from a user. It is always a string cell, never a formula; one that a spreadsheet
   * would take for a formula when retyped or exported to CSV also gets the quote prefix.
   */
  static Cell userText(Row row, int column, String value, Styles styles) {
    return userText(row, column, value, styles, false);
  }

  /** {@link #userText(Row, int, String, Styles)}, wrapped in its column when {@code wrap}. */
  static Cell userText(Row row, int column, String value, Styles styles, boolean wrap) {
    if (value == null) {
      return row.createCell(column);
    }
    CellStyle style =
        looksLikeFormula(value)
            ? (wrap ? styles.quotedWrapped : styles.quotedText)
            : (wrap ? styles.wrapped : styles.text);
    return text(row, column, value, style);
  }

  static Cell number(Row row, int column, double value, CellStyle style) {
    Cell cell = styled(row, column, style);
    cell.setCellValue(value);
    return cell;
  }

  static Cell date(Row row, int column, LocalDate value, CellStyle style) {
    Cell cell = styled(row, column, style);
    if (value != null) {
      cell.setCellValue(value);
    }
    return cell;
  }

  /** An instant, shown as the Kyiv wall-clock time that people in the hubs know. */
  static Cell dateTime(Row row, int column, Instant value, CellStyle style) {
    Cell cell = styled(row, column, style);
    if (value != null) {
      cell.setCellValue(value.atZone(Kyiv.ZONE).toLocalDateTime());
    }
    return cell;
  }

  /**
   * A formula with its value already computed: LibreOffice and many viewers show the cached value
   * without recalculating, and a formula written without one shows 0 there.
   */
  static Cell formula(Row row, int column, String formula, double cached, CellStyle style) {
    Cell cell = styled(row, column, style);
    cell.setCellFormula(formula);
    cell.setCellValue(cached);
    return cell;
  }

  /** A live {@code SUM} of rows {@code firstRow..lastRow} (0-based) of the cell's column. */
  static Cell sum(Row row, int column, int firstRow, int lastRow, double cached, CellStyle style) {
    String letter = CellReference.convertNumToColString(column);
    String range = letter + (firstRow + 1) + ":" + letter + (lastRow + 1);
    return formula(row, column, "SUM(" + range + ")", cached, style);
  }

  /** A sheet name as formulas and chart ranges refer to it: quoted, quotes doubled. */
  static String sheetRef(String sheetName) {
    return "'" + sheetName.replace("'", "''") + "'!";
  }

  private static Cell styled(Row row, int column, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellStyle(style);
    return cell;
  }

  static boolean looksLikeFormula(String value) {
    return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
  }
}
