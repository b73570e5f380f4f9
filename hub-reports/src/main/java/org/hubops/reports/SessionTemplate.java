package org.hubops.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.hubops.model.Language;
import org.hubops.model.imports.AttendeeColumn;
import org.hubops.model.imports.ImportSheet;
import org.hubops.model.imports.SessionColumn;
import org.hubops.reports.InputSheet.Check;
import org.hubops.reports.InputSheet.Formats;
import org.hubops.reports.TemplateLists.Range;

/**
 * The workbook a hub logs sessions in offline and imports later: instructions, a sheet of sessions
 * and one of attendees with dropdowns, hints and checks on every cell, and a hidden sheet of the
 * dropdowns' values. Its headers and values are those the import reads.
 */
public final class SessionTemplate {

  /** Rows below the header that get checks: far more than a hub logs in a year. */
  static final int SESSION_ROWS = 10_000;

  static final int ATTENDEE_ROWS = 100_000;

  private static final int MAX_TEXT = 200;
  private static final int MAX_CODE = 40;
  private static final int UUID_LENGTH = 36;
  private static final int MAX_MINUTES = 600;

  private SessionTemplate() {}

  /** Writes the template of {@code context}'s hub in {@code language}; {@code out} stays open. */
  public static void write(TemplateContext context, Language language, OutputStream out)
      throws IOException {
    try (ReportBook book = new ReportBook(language, ReportBook.EXCEL_MAX_ROWS)) {
      InstructionsSheet.write(book, context);
      InputSheet sessions = new InputSheet(book, book.label(ImportSheet.SESSIONS), SESSION_ROWS);
      InputSheet attendees = new InputSheet(book, book.label(ImportSheet.ATTENDEES), ATTENDEE_ROWS);
      TemplateLists.write(book, context);
      Formats formats = Formats.of(sessions.workbook());
      sessionColumns(sessions, formats, context);
      attendeeColumns(attendees, formats);
      book.write(
          out, String.format(book.label(TemplateText.TITLE), context.hubCode(), context.hubName()));
    }
  }

  private static void sessionColumns(InputSheet sheet, Formats formats, TemplateContext context) {
    XSSFDataValidationHelper checks = sheet.validations();
    sheet
        .column(
            SessionColumn.REF,
            8,
            formats.text(),
            length(checks, MAX_CODE),
            Check.STRICT,
            TemplateText.PROMPT_REF,
            TemplateText.PROMPT_REF_TEXT)
        .column(
            SessionColumn.DATE,
            12,
            formats.date(),
            dates(checks, context.openedOn()),
            Check.STRICT,
            TemplateText.PROMPT_DATE,
            TemplateText.PROMPT_DATE_TEXT)
        .column(
            SessionColumn.START,
            9,
            formats.time(),
            checks.createTimeConstraint(OperatorType.BETWEEN, "=TIME(0,0,0)", "=TIME(23,59,59)"),
            Check.STRICT,
            TemplateText.PROMPT_START,
            TemplateText.PROMPT_START_TEXT)
        .column(
            SessionColumn.MINUTES,
            9,
            formats.integer(),
            checks.createIntegerConstraint(OperatorType.BETWEEN, "1", String.valueOf(MAX_MINUTES)),
            Check.STRICT,
            TemplateText.PROMPT_MINUTES,
            TemplateText.PROMPT_MINUTES_TEXT)
        .column(
            SessionColumn.KIND,
            28,
            formats.general(),
            list(checks, Range.KINDS),
            Check.STRICT,
            TemplateText.PROMPT_CHOICE,
            TemplateText.PROMPT_CHOICE_TEXT)
        .column(
            SessionColumn.FORMAT,
            12,
            formats.general(),
            list(checks, Range.FORMATS),
            Check.STRICT,
            TemplateText.PROMPT_CHOICE,
            TemplateText.PROMPT_CHOICE_TEXT)
        .column(
            SessionColumn.TITLE,
            36,
            formats.text(),
            length(checks, MAX_TEXT),
            Check.STRICT,
            TemplateText.PROMPT_TEXT,
            TemplateText.PROMPT_TEXT_TEXT)
        .column(
            SessionColumn.TOPICS,
            30,
            formats.text(),
            list(checks, Range.TOPICS),
            Check.ADVISORY,
            TemplateText.PROMPT_TOPICS,
            TemplateText.PROMPT_TOPICS_TEXT)
        .column(
            SessionColumn.TRAINER,
            24,
            formats.text(),
            length(checks, MAX_TEXT),
            Check.STRICT,
            TemplateText.PROMPT_TEXT,
            TemplateText.PROMPT_TEXT_TEXT)
        .column(
            SessionColumn.EQUIPMENT,
            18,
            formats.text(),
            context.equipment().isEmpty()
                ? length(checks, MAX_TEXT)
                : list(checks, Range.EQUIPMENT),
            Check.ADVISORY,
            TemplateText.PROMPT_EQUIPMENT,
            TemplateText.PROMPT_EQUIPMENT_TEXT)
        .column(
            SessionColumn.SESSION_ID,
            38,
            formats.text(),
            length(checks, UUID_LENGTH),
            Check.STRICT,
            TemplateText.PROMPT_SESSION_ID,
            TemplateText.PROMPT_SESSION_ID_TEXT)
        .finish();
  }

  private static void attendeeColumns(InputSheet sheet, Formats formats) {
    XSSFDataValidationHelper checks = sheet.validations();
    sheet.column(
        AttendeeColumn.REF,
        14,
        formats.text(),
        length(checks, MAX_CODE),
        Check.STRICT,
        TemplateText.PROMPT_REF,
        TemplateText.PROMPT_ATTENDEE_REF_TEXT);
    choice(sheet, AttendeeColumn.GENDER, 14, formats, Range.GENDERS);
    choice(sheet, AttendeeColumn.AGE_BAND, 14, formats, Range.AGE_BANDS);
    choice(sheet, AttendeeColumn.IDP, 8, formats, Range.YES_NO);
    choice(sheet, AttendeeColumn.DISABILITY, 12, formats, Range.YES_NO);
    choice(sheet, AttendeeColumn.VETERAN, 10, formats, Range.YES_NO);
    sheet
        .column(
            AttendeeColumn.PARTICIPANT_CODE,
            16,
            formats.text(),
            length(checks, MAX_CODE),
            Check.STRICT,
            TemplateText.PROMPT_PARTICIPANT,
            TemplateText.PROMPT_PARTICIPANT_TEXT)
        .finish();
  }

  private static void choice(
      InputSheet sheet, AttendeeColumn column, int width, Formats formats, Range range) {
    sheet.column(
        column,
        width,
        formats.general(),
        list(sheet.validations(), range),
        Check.STRICT,
        TemplateText.PROMPT_CHOICE,
        TemplateText.PROMPT_CHOICE_TEXT);
  }

  private static DataValidationConstraint list(XSSFDataValidationHelper checks, Range range) {
    return checks.createFormulaListConstraint(range.name());
  }

  private static DataValidationConstraint length(XSSFDataValidationHelper checks, int max) {
    return checks.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL, String.valueOf(max), null);
  }

  /** From the day the hub opened to a week ahead, as the import allows. */
  private static DataValidationConstraint dates(XSSFDataValidationHelper checks, LocalDate from) {
    String first =
        "=DATE(" + from.getYear() + "," + from.getMonthValue() + "," + from.getDayOfMonth() + ")";
    return checks.createDateConstraint(OperatorType.BETWEEN, first, "=TODAY()+7", null);
  }
}
