package org.hubops.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hubops.model.AgeBand;
import org.hubops.model.Gender;
import org.hubops.model.report.Figures;
import org.hubops.model.report.Headcount;

/**
 * The columns every figure row shares, disaggregated as donors ask, so that the region, hub, topic
 * and session sheets line up column for column.
 */
final class FigureColumns {

  private static final Gender[] GENDERS = Gender.values();
  private static final AgeBand[] BANDS = AgeBand.values();

  private FigureColumns() {}

  /** Attendances, by sex, by age band, and IDP, disability and veteran counts. */
  static List<Column> attendance(Labels book) {
    List<Column> columns = new ArrayList<>();
    columns.add(Column.count(book.label(Text.ATTENDANCES)));
    for (Gender gender : Gender.values()) {
      columns.add(Column.count(book.label(gender)));
    }
    for (AgeBand band : AgeBand.values()) {
      columns.add(Column.count(book.label(band)));
    }
    columns.add(Column.count(book.label(Text.IDP)));
    columns.add(Column.count(book.label(Text.DISABILITY)));
    columns.add(Column.count(book.label(Text.VETERANS)));
    return columns;
  }

  /**
   * Adds the cells up in one pass rather than a stream per column: this runs for each of a national
   * quarter's 300,000 session lines.
   */
  static void writeAttendance(RowCells table, Headcount people) {
    long[] byGender = new long[GENDERS.length];
    long[] byBand = new long[BANDS.length];
    long total = 0;
    for (Map.Entry<Gender, Map<AgeBand, Long>> ages : people.bySexAndAge().entrySet()) {
      int gender = ages.getKey().ordinal();
      for (Map.Entry<AgeBand, Long> cell : ages.getValue().entrySet()) {
        long count = cell.getValue();
        byGender[gender] += count;
        byBand[cell.getKey().ordinal()] += count;
        total += count;
      }
    }
    table.number(total);
    for (long count : byGender) {
      table.number(count);
    }
    for (long count : byBand) {
      table.number(count);
    }
    table.number(people.idp()).number(people.disability()).number(people.veteran());
  }

  /** Sessions, training hours, the attendance columns, unique participants. */
  static List<Column> figures(ReportBook book) {
    List<Column> columns = new ArrayList<>();
    columns.add(Column.count(book.label(Text.SESSIONS)));
    columns.add(Column.hours(book.label(Text.TRAINING_HOURS)));
    columns.addAll(attendance(book));
    columns.add(Column.count(book.label(Text.UNIQUE_PARTICIPANTS)));
    return columns;
  }

  static void writeFigures(Table table, Figures figures) {
    table.number(figures.sessions()).number(figures.trainingHours());
    writeAttendance(table, figures.attendances());
    table.number(figures.uniqueParticipants().total());
  }

  /** {@code leading} columns followed by the figure columns. */
  static List<Column> after(List<Column> leading, List<Column> figures) {
    List<Column> columns = new ArrayList<>(leading);
    columns.addAll(figures);
    return columns;
  }
}
