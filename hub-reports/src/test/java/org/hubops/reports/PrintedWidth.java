package org.hubops.reports;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Whether each cell's text fits the width (and, wrapped, the height) it is printed in, measured
 * with DejaVu Sans: the font LibreOffice falls back to for Calibri on a machine without Carlito,
 * and wider than both, so text that fits here fits wherever the workbook is opened.
 */
final class PrintedWidth {

  /** Space LibreOffice keeps between a cell's border and its text, on each side, in points. */
  private static final double PADDING = 2.5;

  /** Points per character unit of column width (7 px of Calibri 11 at 96 dpi). */
  private static final double POINTS_PER_CHAR = 7 * 0.75;

  private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
  private static final DataFormatter FORMAT = new DataFormatter();

  private PrintedWidth() {}

  /** A cell whose text does not fit, described for a failure message. */
  static List<String> cutCells(XSSFSheet sheet) {
    List<String> cut = new ArrayList<>();
    for (Row row : sheet) {
      for (Cell cell : row) {
        String text = shown(cell);
        if (text.isEmpty() || inMergedRegion(sheet, cell) != null && !isMergeStart(sheet, cell)) {
          continue;
        }
        XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
        Font font = font(style.getFont());
        double available = width(sheet, cell) - 2 * PADDING;
        String where = sheet.getSheetName() + "!" + cell.getAddress() + " \"" + text + "\"";
        if (style.getWrapText()) {
          int lines = wrappedLines(text, font, available);
          double needed = lines * font.getSize2D() * 1.17;
          float height = row.getHeightInPoints();
          if (needed > height + 0.5) {
            cut.add(
                where + ": " + lines + " lines need " + round(needed) + " pt, row is " + height);
          }
        } else {
          double needed = width(text, font);
          if (needed > available + overflow(sheet, cell, style)) {
            cut.add(where + ": needs " + round(needed) + " pt, has " + round(available));
          }
        }
      }
    }
    return cut;
  }

  /** The text a cell shows: for a formula its cached value, formatted. */
  static String shown(Cell cell) {
    if (cell.getCellType() == CellType.FORMULA) {
      if (cell.getCachedFormulaResultType() == CellType.STRING) {
        return cell.getStringCellValue();
      }
      return FORMAT.formatRawCellContents(
          cell.getNumericCellValue(),
          cell.getCellStyle().getDataFormat(),
          cell.getCellStyle().getDataFormatString());
    }
    return FORMAT.formatCellValue(cell);
  }

  private static double width(XSSFSheet sheet, Cell cell) {
    CellRangeAddress merged = inMergedRegion(sheet, cell);
    int first = merged == null ? cell.getColumnIndex() : merged.getFirstColumn();
    int last = merged == null ? cell.getColumnIndex() : merged.getLastColumn();
    double points = 0;
    for (int c = first; c <= last; c++) {
      points += sheet.getColumnWidth(c) / 256.0 * POINTS_PER_CHAR;
    }
    return points;
  }

  /**
   * How far left-aligned text may run into empty cells on its right, as spreadsheets let it;
   * numbers, and text beside a filled cell, get no more than their own cell.
   */
  private static double overflow(XSSFSheet sheet, Cell cell, XSSFCellStyle style) {
    if (cell.getCellType() != CellType.STRING
        || style.getAlignment() == HorizontalAlignment.RIGHT
        || style.getAlignment() == HorizontalAlignment.CENTER) {
      return 0;
    }
    double extra = 0;
    Row row = cell.getRow();
    for (int c = cell.getColumnIndex() + 1; c < cell.getColumnIndex() + 30; c++) {
      Cell next = row.getCell(c);
      if (next != null && !shown(next).isEmpty()) {
        break;
      }
      extra += sheet.getColumnWidth(c) / 256.0 * POINTS_PER_CHAR;
    }
    return extra;
  }

  private static int wrappedLines(String text, Font font, double available) {
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      lines++;
      double line = 0;
      for (String word : paragraph.split(" ")) {
        double w = width(word + " ", font);
        if (line > 0 && line + width(word, font) > available) {
          lines++;
          line = 0;
        }
        // A word longer than the line breaks mid-word, over as many lines as it needs.
        while (w > available && line == 0 && available > 0) {
          lines++;
          w -= available;
        }
        line += w;
      }
    }
    return lines;
  }

  private static double width(String text, Font font) {
    return font.getStringBounds(text, CONTEXT).getWidth();
  }

  private static Font font(XSSFFont cellFont) {
    return new Font(
            "DejaVu Sans",
            cellFont.getBold() ? Font.BOLD : Font.PLAIN,
            cellFont.getFontHeightInPoints())
        .deriveFont((float) cellFont.getFontHeightInPoints());
  }

  private static CellRangeAddress inMergedRegion(XSSFSheet sheet, Cell cell) {
    for (CellRangeAddress region : sheet.getMergedRegions()) {
      if (region.isInRange(cell)) {
        return region;
      }
    }
    return null;
  }

  private static boolean isMergeStart(XSSFSheet sheet, Cell cell) {
    CellRangeAddress region = inMergedRegion(sheet, cell);
    return region.getFirstRow() == cell.getRowIndex()
        && region.getFirstColumn() == cell.getColumnIndex();
  }

  private static String round(double points) {
    return String.format("%.0f", points);
  }
}
