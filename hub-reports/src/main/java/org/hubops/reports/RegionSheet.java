package org.hubops.reports;

import java.util.Comparator;
import java.util.List;
import org.hubops.model.report.RaionFigures;
import org.hubops.model.report.RegionFigures;

/** "By region": one row per oblast of the scope. */
final class RegionSheet {

  /** Where the oblast names are, for the chart on the summary. */
  static final int NAME_COLUMN = 1;

  /** Where the attendances are, for the chart on the summary. */
  static final int ATTENDANCES_COLUMN = 6;

  private RegionSheet() {}

  /**
   * The oblasts in the order "By region" lists them: most attendances first, so that the chart on
   * the summary, which reads the leading rows, is sorted by value and can leave out the oblasts
   * with none (still listed, at the end). Ties keep the reference order.
   */
  static List<RegionFigures> byAttendances(List<RegionFigures> regions) {
    return regions.stream()
        .sorted(
            Comparator.comparingLong((RegionFigures r) -> r.figures().attendances().total())
                .reversed())
        .toList();
  }

  static void write(ReportBook book, List<RegionFigures> unordered) {
    List<RegionFigures> regions = byAttendances(unordered);
    List<Column> leading =
        List.of(
            Column.text(book.label(Text.OBLAST_CODE)),
            Column.text(book.label(Text.OBLAST)),
            Column.count(book.label(Text.ACTIVE_HUBS)),
            Column.count(book.label(Text.REPORTING_HUBS)));
    Table table =
        new Table(
            book,
            book.label(Text.SHEET_BY_REGION),
            FigureColumns.after(leading, FigureColumns.figures(book)),
            2,
            true);
    for (RegionFigures region : regions) {
      table.row().text(region.oblast().code()).text(region.oblast().name(book.language));
      table.number(region.activeHubs()).number(region.reportingHubs());
      FigureColumns.writeFigures(table, region.figures());
    }
    table.finish();
  }

  /**
   * "By raion": each oblast's raions, one row each, after "By region" so that its rows and chart
   * stay one per oblast; the raion rows of an oblast add up to that oblast's row.
   */
  static void writeRaions(ReportBook book, List<RegionFigures> regions) {
    List<Column> leading =
        List.of(
            Column.text(book.label(Text.OBLAST_CODE)),
            Column.text(book.label(Text.OBLAST)),
            Column.text(book.label(Text.RAION_CODE)),
            Column.text(book.label(Text.RAION)),
            Column.count(book.label(Text.ACTIVE_HUBS)),
            Column.count(book.label(Text.REPORTING_HUBS)));
    Table table =
        new Table(
            book,
            book.label(Text.SHEET_BY_RAION),
            FigureColumns.after(leading, FigureColumns.figures(book)),
            4,
            true);
    for (RegionFigures region : regions) {
      for (RaionFigures raion : region.raions()) {
        table.row().text(region.oblast().code()).text(region.oblast().name(book.language));
        table
            .text(raion.raionCode() == null ? "" : raion.raionCode())
            .text(raion.raionCode() == null ? book.label(Text.NO_RAION) : raion.raionName());
        table.number(raion.activeHubs()).number(raion.reportingHubs());
        FigureColumns.writeFigures(table, raion.figures());
      }
    }
    table.finish();
  }
}
