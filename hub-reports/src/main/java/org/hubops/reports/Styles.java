package org.hubops.reports;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of a workbook, made once: a workbook holds at most 64,000 styles, so a style per
 * cell would break a national report.
 */
final class Styles {

  final CellStyle title;
  final CellStyle subtitle;
  final CellStyle header;
  final CellStyle text;
  final CellStyle rightText;
  final CellStyle wrapped;
  final CellStyle quotedText;
  final CellStyle quotedWrapped;
  final CellStyle term;
  final CellStyle integer;
  final CellStyle hours;
  final CellStyle percent;
  final CellStyle date;
  final CellStyle dateTime;
  final CellStyle totalLabel;
  final CellStyle totalInteger;
  final CellStyle totalHours;

  Styles(Workbook workbook) {
    Font bold = workbook.createFont();
    bold.setBold(true);
    Font big = workbook.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    Font headerFont = workbook.createFont();
    headerFont.setBold(true);
    headerFont.setColor(IndexedColors.WHITE.getIndex());

    title = workbook.createCellStyle();
    title.setFont(big);
    subtitle = workbook.createCellStyle();
    subtitle.setFont(bold);

    header = workbook.createCellStyle();
    header.setFont(headerFont);
    header.setFillForegroundColor(IndexedColors.DARK_TEAL.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    header.setAlignment(HorizontalAlignment.CENTER);

    // Top-aligned throughout, so that in a row made taller by wrapped text every cell still reads
    // beside its neighbours rather than at the bottom of its cell.
    text = top(workbook);
    rightText = top(workbook);
    rightText.setAlignment(HorizontalAlignment.RIGHT);
    wrapped = top(workbook);
    wrapped.setWrapText(true);
    term = top(workbook);
    term.setWrapText(true);
    term.setFont(bold);
    // Shows that a value such as "=1+1" is text, and keeps it text if someone edits the cell.
    quotedText = top(workbook);
    quotedText.setQuotePrefixed(true);
    quotedWrapped = top(workbook);
    quotedWrapped.setQuotePrefixed(true);
    quotedWrapped.setWrapText(true);

    short integerFormat = workbook.createDataFormat().getFormat("#,##0");
    short hoursFormat = workbook.createDataFormat().getFormat("#,##0.0");
    integer = numeric(workbook, integerFormat);
    hours = numeric(workbook, hoursFormat);
    percent = numeric(workbook, workbook.createDataFormat().getFormat("+0.0%;-0.0%;0.0%"));
    // Centred, so that a date never touches the left-aligned text of the next column.
    date = numeric(workbook, workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    date.setAlignment(HorizontalAlignment.CENTER);
    dateTime = numeric(workbook, workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
    dateTime.setAlignment(HorizontalAlignment.CENTER);

    totalLabel = total(workbook, bold);
    totalInteger = total(workbook, bold);
    totalInteger.setDataFormat(integerFormat);
    totalHours = total(workbook, bold);
    totalHours.setDataFormat(hoursFormat);
  }

  /** The style of a data cell of {@code kind}. */
  CellStyle of(Column.Kind kind) {
    return switch (kind) {
      case TEXT -> text;
      case WRAPPED -> wrapped;
      case INTEGER -> integer;
      case HOURS -> hours;
      case DATE -> date;
      case DATE_TIME -> dateTime;
    };
  }

  /** The style of a totals-row cell of {@code kind}. */
  CellStyle totalOf(Column.Kind kind) {
    return kind == Column.Kind.HOURS ? totalHours : totalInteger;
  }

  private static CellStyle top(Workbook workbook) {
    CellStyle style = workbook.createCellStyle();
    style.setVerticalAlignment(VerticalAlignment.TOP);
    return style;
  }

  private static CellStyle numeric(Workbook workbook, short format) {
    CellStyle style = top(workbook);
    style.setDataFormat(format);
    return style;
  }

  private static CellStyle total(Workbook workbook, Font bold) {
    CellStyle style = workbook.createCellStyle();
    style.setFont(bold);
    style.setBorderTop(BorderStyle.THIN);
    style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    return style;
  }
}
