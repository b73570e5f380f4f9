package org.hubops.reports;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.hubops.model.AgeBand;
import org.hubops.model.Gender;
import org.hubops.model.Kyiv;
import org.hubops.model.report.Figures;
import org.hubops.model.report.Headcount;
import org.hubops.model.report.MonthFigures;
import org.hubops.model.report.ReportStatus;

/**
 * Small tables stacked down a summary sheet, each with a heading, a styled header and a totals row
 * of live formulas. Keeps its own row cursor so the blocks can be written one after another.
 */
final class SummaryBlocks {

  /**
   * One line of the headline table.
   *
   * @param previous the previous period's value, or {@code null} where there is none
   */
  record Headline(String label, double current, Double previous, boolean hours) {}

  /** A headline figure: its label and how to read it from a period's figures. */
  private record Figure(String label, ToDoubleFunction<Figures> value, boolean hours) {}

  /** Rows of a written block, 0-based, for charts and formulas that refer to it. */
  record Rows(int header, int firstData, int lastData) {}

  private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ReportBook book;
  private final Styles styles;
  private final XSSFSheet sheet;
  private int next;

  private static final int LABEL_WIDTH = 34;
  private static final int FIGURE_WIDTH = 14;
  private static final int FIGURE_COLUMNS = 6;

  SummaryBlocks(ReportBook book, XSSFSheet sheet) {
    this.book = book;
    this.styles = book.styles;
    this.sheet = sheet;
    // Set first, so that each block's header row can be given the lines its headers need.
    sheet.setColumnWidth(0, LABEL_WIDTH * 256);
    for (int i = 1; i <= FIGURE_COLUMNS; i++) {
      sheet.setColumnWidth(i, FIGURE_WIDTH * 256);
    }
  }

  /** The report's title and a line saying what and when it covers. */
  void title(String title, String subtitle) {
    Cells.text(sheet.createRow(next++), 0, title, styles.title);
    Cells.text(sheet.createRow(next++), 0, subtitle, styles.text);
  }

  /**
   * Whether the figures are final or preliminary: an officer must not send the one as the other.
   */
  void status(ReportStatus status) {
    String line;
    if (status.locked()) {
      line =
          book.label(Text.STATUS_LOCKED)
              + " "
              + status.lockedAt().atZone(Kyiv.ZONE).format(AS_OF)
              + " ("
              + status.lockedBy()
              + ")";
    } else {
      line = book.label(status.inProgress() ? Text.STATUS_IN_PROGRESS : Text.STATUS_PRELIMINARY);
    }
    Cells.text(sheet.createRow(next++), 0, line, styles.text);
  }

  /** "Data as of" and the Kyiv time the service read the data. */
  static String asOf(ReportBook book, Instant generatedAt) {
    return book.label(Text.DATA_AS_OF) + " " + generatedAt.atZone(Kyiv.ZONE).format(AS_OF);
  }

  /** The figures that head every report, one per row. */
  static List<Headline> headlines(ReportBook book, Figures current, Figures previous) {
    List<Figure> figures = new ArrayList<>();
    figures.add(new Figure(book.label(Text.SESSIONS), Figures::sessions, false));
    figures.add(new Figure(book.label(Text.TRAINING_HOURS), Figures::trainingHours, true));
    figures.add(new Figure(book.label(Text.ATTENDANCES), f -> f.attendances().total(), false));
    for (Gender gender : Gender.values()) {
      // Indented: these split the attendances above.
      figures.add(
          new Figure("   " + book.label(gender), f -> f.attendances().count(gender), false));
    }
    figures.add(new Figure(book.label(Text.IDP), f -> f.attendances().idp(), false));
    figures.add(new Figure(book.label(Text.DISABILITY), f -> f.attendances().disability(), false));
    figures.add(new Figure(book.label(Text.VETERANS), f -> f.attendances().veteran(), false));
    figures.add(
        new Figure(
            book.label(Text.UNIQUE_PARTICIPANTS), f -> f.uniqueParticipants().total(), false));
    return figures.stream()
        .map(
            f ->
                new Headline(
                    f.label(),
                    f.value().applyAsDouble(current),
                    previous == null ? null : f.value().applyAsDouble(previous),
                    f.hours()))
        .toList();
  }

  /**
   * The headline table: with a previous period it shows the change as live formulas; the change in
   * percent is left out where the previous value is 0, as no percentage means anything there.
   */
  void headlines(List<Headline> rows, boolean withPrevious) {
    List<String> headers = new ArrayList<>(List.of(book.label(Text.FIGURE)));
    if (withPrevious) {
      headers.addAll(
          List.of(
              book.label(Text.THIS_QUARTER),
              book.label(Text.PREVIOUS_QUARTER),
              book.label(Text.CHANGE),
              book.label(Text.CHANGE_PERCENT)));
    } else {
      headers.add(book.label(Text.VALUE));
    }
    heading(Text.TABLE_HEADLINES, headers);
    for (Headline line : rows) {
      Row row = sheet.createRow(next++);
      int excelRow = next;
      CellStyle number = line.hours() ? styles.hours : styles.integer;
      Cells.text(row, 0, line.label(), styles.text);
      Cells.number(row, 1, line.current(), number);
      if (withPrevious && line.previous() != null) {
        double previous = line.previous();
        Cells.number(row, 2, previous, number);
        Cells.formula(row, 3, "B%1$d-C%1$d".formatted(excelRow), line.current() - previous, number);
        if (previous == 0) {
          Cells.text(row, 4, book.label(Text.NOT_COMPARABLE), styles.rightText);
        } else {
          Cells.formula(
              row,
              4,
              "B%1$d/C%1$d-1".formatted(excelRow),
              line.current() / previous - 1,
              styles.percent);
        }
      }
    }
    next++;
  }

  /** Attendances by age band (rows) and sex (columns), with totals both ways. */
  void sexAge(Headcount attendances) {
    List<String> headers = new ArrayList<>(List.of(book.label(Text.AGE_BAND)));
    for (Gender gender : Gender.values()) {
      headers.add(book.label(gender));
    }
    headers.add(book.label(Text.TOTAL));
    heading(Text.TABLE_SEX_AGE, headers);
    int first = next;
    int genders = Gender.values().length;
    String rowSum = "SUM(B%1$d:" + Table.letter(genders) + "%1$d)";
    for (AgeBand band : AgeBand.values()) {
      Row row = sheet.createRow(next++);
      Cells.text(row, 0, book.label(band), styles.text);
      for (Gender gender : Gender.values()) {
        Cells.number(row, 1 + gender.ordinal(), attendances.count(gender, band), styles.integer);
      }
      Cells.formula(
          row, 1 + genders, rowSum.formatted(next), attendances.count(band), styles.integer);
    }
    Row total = totalRow();
    for (Gender gender : Gender.values()) {
      sum(total, 1 + gender.ordinal(), first, attendances.count(gender), styles.totalInteger);
    }
    sum(total, 1 + genders, first, attendances.total(), styles.totalInteger);
    next++;
  }

  /** Sessions, hours and attendances by sex per month; returns where the rows are, for a chart. */
  Rows months(List<MonthFigures> months) {
    List<String> headers =
        new ArrayList<>(
            List.of(
                book.label(Text.MONTH),
                book.label(Text.SESSIONS),
                book.label(Text.TRAINING_HOURS),
                book.label(Text.ATTENDANCES)));
    for (Gender gender : Gender.values()) {
      headers.add(book.label(gender));
    }
    int header = heading(Text.TABLE_MONTHS, headers);
    int first = next;
    Figures total = Figures.NONE;
    for (MonthFigures month : months) {
      Row row = sheet.createRow(next++);
      Figures figures = month.figures();
      Cells.text(row, 0, monthName(month.month()), styles.text);
      writeMonthFigures(row, figures);
      total = total.plus(figures);
    }
    int last = next - 1;
    Row totals = totalRow();
    for (int column = 1; column < headers.size(); column++) {
      CellStyle style = column == 2 ? styles.totalHours : styles.totalInteger;
      sum(totals, column, first, monthValue(total, column), style);
    }
    next++;
    return new Rows(header, first, last);
  }

  /** A block's heading line and header row; returns the header's row index. */
  int heading(Text heading, List<String> headers) {
    Cells.text(sheet.createRow(next++), 0, book.label(heading), styles.subtitle);
    Row row = sheet.createRow(next++);
    // Headers such as "Previous quarter" wrap in the summary's narrow columns.
    float height = TextWidth.LINE_POINTS;
    for (int i = 0; i < headers.size(); i++) {
      Cells.text(row, i, headers.get(i), styles.header);
      double width = sheet.getColumnWidth(i) / 256.0;
      height = Math.max(height, TextWidth.wrappedHeight(headers.get(i), width, true));
    }
    row.setHeightInPoints(height);
    return next - 1;
  }

  /** A new row labelled "Total"; its sums go over the rows from a block's first data row. */
  Row totalRow() {
    Row row = sheet.createRow(next++);
    Cells.text(row, 0, book.label(Text.TOTAL), styles.totalLabel);
    return row;
  }

  /** A live sum of the column from {@code firstRow} to the row above {@code total}. */
  void sum(Row total, int column, int firstRow, double cached, CellStyle style) {
    Cells.sum(total, column, firstRow, total.getRowNum() - 1, cached, style);
  }

  Row row() {
    return sheet.createRow(next++);
  }

  void gap() {
    next++;
  }

  private void writeMonthFigures(Row row, Figures figures) {
    Cells.number(row, 1, figures.sessions(), styles.integer);
    Cells.number(row, 2, figures.trainingHours(), styles.hours);
    Cells.number(row, 3, figures.attendances().total(), styles.integer);
    for (Gender gender : Gender.values()) {
      Cells.number(row, 4 + gender.ordinal(), figures.attendances().count(gender), styles.integer);
    }
  }

  private static double monthValue(Figures figures, int column) {
    return switch (column) {
      case 1 -> figures.sessions();
      case 2 -> figures.trainingHours();
      case 3 -> figures.attendances().total();
      default -> figures.attendances().count(Gender.values()[column - 4]);
    };
  }

  private String monthName(YearMonth month) {
    String name =
        month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, book.language.locale());
    return name.substring(0, 1).toUpperCase(book.language.locale())
        + name.substring(1)
        + " "
        + month.getYear();
  }
}
