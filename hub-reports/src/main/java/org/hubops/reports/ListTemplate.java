package org.hubops.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.hubops.model.Labelled;
import org.hubops.model.Language;
import org.hubops.model.imports.EquipmentColumn;
import org.hubops.model.imports.HubColumn;
import org.hubops.model.imports.ImportSheet;
import org.hubops.model.imports.SheetColumn;
import org.hubops.model.imports.YesNo;
import org.hubops.reports.InputSheet.Check;
import org.hubops.reports.InputSheet.Formats;

/**
 * The empty workbooks of the two lists the import also reads, a hub's equipment and the hub
 * register: an instructions sheet that says what each column takes, and the sheet to fill in, with
 * the import's headers, a hint on every cell and dropdowns for the closed vocabularies.
 */
public final class ListTemplate {

  /** Rows below the header that get checks: more than any hub or register has. */
  static final int ROWS = 10_000;

  private ListTemplate() {}

  /** The equipment list of hub {@code hubCode}; {@code out} stays open. */
  public static void equipment(String hubCode, Language language, OutputStream out)
      throws IOException {
    write(
        ImportSheet.EQUIPMENT,
        EquipmentColumn.class,
        String.format(TemplateText.TITLE_EQUIPMENT.label(language), hubCode),
        language,
        out);
  }

  /** The hub register; {@code out} stays open. */
  public static void hubs(Language language, OutputStream out) throws IOException {
    write(
        ImportSheet.HUBS, HubColumn.class, TemplateText.TITLE_HUBS.label(language), language, out);
  }

  private static void write(
      ImportSheet name,
      Class<? extends SheetColumn> type,
      String title,
      Language language,
      OutputStream out)
      throws IOException {
    List<ListColumnHint> columns = ListColumnHint.of(type);
    try (ReportBook book = new ReportBook(language, ReportBook.EXCEL_MAX_ROWS)) {
      instructions(book, title, columns);
      InputSheet sheet = new InputSheet(book, book.label(name), ROWS);
      XSSFSheet lists = book.fixedSheet(book.label(ImportSheet.LISTS));
      Formats formats = Formats.of(sheet.workbook());
      XSSFDataValidationHelper checks = sheet.validations();
      for (int i = 0; i < columns.size(); i++) {
        ListColumnHint column = columns.get(i);
        DataValidationConstraint constraint;
        if (!column.choices().isEmpty()) {
          constraint = checks.createFormulaListConstraint(list(book, lists, i, column.choices()));
        } else if (column.isDate()) {
          constraint =
              checks.createDateConstraint(
                  OperatorType.BETWEEN, "=DATE(1990,1,1)", "=TODAY()", null);
        } else {
          constraint = checks.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL, "200", null);
        }
        sheet.column(
            column.column,
            column.width,
            column.isDate() ? formats.date() : formats.text(),
            constraint,
            Check.STRICT,
            column.choices().isEmpty() ? TemplateText.PROMPT_TEXT : TemplateText.PROMPT_CHOICE,
            column);
      }
      sheet.finish();
      lists.getWorkbook().setSheetHidden(lists.getWorkbook().getSheetIndex(lists), true);
      book.write(out, title);
    }
  }

  /** The sheet that says what every column takes: required or not, and its allowed values. */
  private static void instructions(ReportBook book, String title, List<ListColumnHint> columns) {
    XSSFSheet sheet = book.fixedSheet(book.label(ImportSheet.INSTRUCTIONS));
    int r = 0;
    Cells.text(sheet.createRow(r++), 0, title, book.styles.title);
    Cells.text(sheet.createRow(r++), 0, book.label(TemplateText.LIST_HOW_TO), book.styles.text);
    r++;
    Row header = sheet.createRow(r++);
    Cells.text(header, 0, book.label(TemplateText.COLUMN), book.styles.header);
    Cells.text(header, 1, book.label(TemplateText.REQUIRED), book.styles.header);
    Cells.text(header, 2, book.label(TemplateText.WHAT_TO_WRITE), book.styles.header);
    int[] widths = {26, 20, 90};
    for (ListColumnHint column : columns) {
      Row row = sheet.createRow(r++);
      String what = book.label(column);
      if (!column.choices().isEmpty()) {
        what += ". " + book.label(TemplateText.ALLOWED) + ": " + quoted(book, column.choices());
      }
      String name = book.label(column.column);
      Cells.text(row, 0, name, book.styles.term);
      Cells.text(
          row, 1, book.label(column.column.required() ? YesNo.YES : YesNo.NO), book.styles.text);
      Cells.text(row, 2, what, book.styles.wrapped);
      row.setHeightInPoints(
          Math.max(
              TextWidth.wrappedHeight(name, widths[0], true),
              TextWidth.wrappedHeight(what, widths[2], false)));
    }
    for (int i = 0; i < widths.length; i++) {
      sheet.setColumnWidth(i, widths[i] * 256);
    }
    sheet.enableLocking();
    ReportBook.setUpPrinting(sheet, 0);
  }

  /** Labels each quoted as the language quotes, since some hold commas ("Справне, у роботі"). */
  private static String quoted(ReportBook book, List<Labelled> values) {
    return String.join(", ", values.stream().map(v -> book.language.quote(book.label(v))).toList());
  }

  /** Writes a vocabulary into a column of the hidden lists sheet; returns its range's name. */
  private static String list(ReportBook book, XSSFSheet lists, int column, List<Labelled> values) {
    for (int i = 0; i < values.size(); i++) {
      Row row = lists.getRow(i) == null ? lists.createRow(i) : lists.getRow(i);
      Cells.text(row, column, book.label(values.get(i)), book.styles.text);
    }
    String rangeName = "LIST_" + column;
    XSSFName name = lists.getWorkbook().createName();
    name.setNameName(rangeName);
    String letter = CellReference.convertNumToColString(column);
    name.setRefersToFormula(
        Cells.sheetRef(lists.getSheetName())
            + "$"
            + letter
            + "$1:$"
            + letter
            + "$"
            + values.size());
    return rangeName;
  }
}
