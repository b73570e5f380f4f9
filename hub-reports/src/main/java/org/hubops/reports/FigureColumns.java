package org.hubops.reports;

import java.util.ArrayList;
import java.util.List;
import org.hubops.model.AgeBand;
import org.hubops.model.Gender;
import org.hubops.model.report.Figures;
import org.hubops.model.report.Headcount;

/**
 * The columns every figure row shares, disaggregated as donors ask, so that the region, hub, topic
 * and session sheets line up column for column.
 */
final class FigureColumns {

  private FigureColumns() {}

  /** Attendances, by sex, by age band, and IDP, disability and veteran counts. */
  static List<Column> attendance(ReportBook book) {
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

  static void writeAttendance(Table table, Headcount people) {
    table.number(people.total());
    for (Gender gender : Gender.values()) {
      table.number(people.count(gender));
    }
    for (AgeBand band : AgeBand.values()) {
      table.number(people.count(band));
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
