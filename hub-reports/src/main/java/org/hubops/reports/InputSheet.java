package org.hubops.reports;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hubops.model.Labelled;
import org.hubops.model.imports.SheetColumn;

/**
 * A sheet people type into: a header row they cannot change, columns formatted and unlocked for
 * typing, each with a hint shown on entering a cell and a check on leaving it, and the sheet
 * protected (without a password) so that only the header is safe from edits.
 */
final class InputSheet {

  /** The cell formats of typed values, unlocked; made once per workbook. */
  record Formats(
      CellStyle text, CellStyle date, CellStyle time, CellStyle integer, CellStyle general) {

    static Formats of(XSSFWorkbook workbook) {
      DataFormat format = workbook.createDataFormat();
      return new Formats(
          unlocked(workbook, format.getFormat("@")),
          unlocked(workbook, format.getFormat("dd.mm.yyyy")),
          unlocked(workbook, format.getFormat("hh:mm")),
          unlocked(workbook, format.getFormat("0")),
          unlocked(workbook, (short) 0));
    }

    private static CellStyle unlocked(XSSFWorkbook workbook, short dataFormat) {
      CellStyle style = workbook.createCellStyle();
      style.setDataFormat(dataFormat);
      style.setLocked(false);
      return style;
    }
  }

  /** How a column's check reacts to other values. */
  enum Check {
    /** Refuses them: the import would too. */
    STRICT,
    /** Warns and keeps them: a list of several values separated by {@code ;}. */
    ADVISORY
  }

  private final ReportBook book;
  private final XSSFSheet sheet;
  private final XSSFDataValidationHelper validations;
  private final Row header;
  private final int lastRow;
  private int column;

  /** A sheet with checks on its first {@code rows} rows below the header. */
  InputSheet(ReportBook book, String name, int rows) {
    this.book = book;
    this.sheet = book.fixedSheet(name);
    this.validations = new XSSFDataValidationHelper(sheet);
    this.header = sheet.createRow(0);
    this.lastRow = rows;
    header.setHeightInPoints(2 * sheet.getDefaultRowHeightInPoints());
  }

  XSSFDataValidationHelper validations() {
    return validations;
  }

  XSSFWorkbook workbook() {
    return sheet.getWorkbook();
  }

  /** Adds the next column: its header, width in characters, format, check and hint. */
  InputSheet column(
      SheetColumn name,
      int width,
      CellStyle format,
      DataValidationConstraint constraint,
      Check check,
      Labelled hintTitle,
      Labelled hint) {
    Cells.text(header, column, book.label(name), book.styles.header);
    sheet.setColumnWidth(column, width * 256);
    float height = TextWidth.wrappedHeight(book.label(name), width, true);
    if (height > header.getHeightInPoints()) {
      header.setHeightInPoints(height);
    }
    sheet.setDefaultColumnStyle(column, format);
    DataValidation validation =
        validations.createValidation(
            constraint, new CellRangeAddressList(1, lastRow, column, column));
    validation.setEmptyCellAllowed(true);
    // For XSSF, "suppress" shows the dropdown arrow: POI kept the name of the binary format's flag.
    validation.setSuppressDropDownArrow(true);
    validation.setShowPromptBox(true);
    validation.createPromptBox(book.label(hintTitle), book.label(hint));
    validation.setShowErrorBox(true);
    if (check == Check.STRICT) {
      validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
      validation.createErrorBox(
          book.label(TemplateText.WRONG_VALUE), book.label(TemplateText.WRONG_VALUE_TEXT));
    } else {
      validation.setErrorStyle(DataValidation.ErrorStyle.INFO);
      validation.createErrorBox(
          book.label(TemplateText.OTHER_VALUE), book.label(TemplateText.OTHER_VALUE_TEXT));
    }
    sheet.addValidationData(validation);
    column++;
    return this;
  }

  /**
   * Freezes the header and protects the sheet, leaving people free to type in unlocked cells,
   * resize columns, and insert, delete and sort rows.
   */
  void finish() {
    sheet.createFreezePane(0, 1);
    sheet.enableLocking();
    sheet.lockSelectLockedCells(false);
    sheet.lockSelectUnlockedCells(false);
    sheet.lockFormatColumns(false);
    sheet.lockFormatRows(false);
    sheet.lockInsertRows(false);
    sheet.lockDeleteRows(false);
    sheet.lockSort(false);
    ReportBook.setUpPrinting(sheet, 1);
  }
}
