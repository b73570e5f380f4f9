package org.hubops.reports;

import java.util.List;
import org.hubops.model.report.HromadaFigures;
import org.hubops.model.report.RaionFigures;
import org.hubops.model.report.RegionFigures;

/**
 * "By hromada": the hromadas of one oblast, raion by raion, after "By raion"; the hromada rows of a
 * raion add up to its row there. Only the report of one oblast has it: a national one would hold
 * some 1,500 rows that no reader of a national report looks at.
 */
final class HromadaSheet {

  private HromadaSheet() {}

  /** Writes the sheet when {@code oblastCode} names the one oblast of the report. */
  static void write(ReportBook book, String oblastCode, List<RegionFigures> regions) {
    if (oblastCode == null) {
      return;
    }
    List<Column> leading =
        List.of(
            Column.text(book.label(Text.RAION_CODE)),
            Column.text(book.label(Text.RAION)),
            Column.text(book.label(Text.HROMADA_CODE)),
            Column.text(book.label(Text.HROMADA)),
            Column.count(book.label(Text.ACTIVE_HUBS)),
            Column.count(book.label(Text.REPORTING_HUBS)));
    Table table =
        new Table(
            book,
            book.label(Text.SHEET_BY_HROMADA),
            FigureColumns.after(leading, FigureColumns.figures(book)),
            4,
            true);
    for (RegionFigures region : regions) {
      for (RaionFigures raion : region.raions()) {
        for (HromadaFigures hromada : raion.hromadas()) {
          table
              .row()
              .text(raion.raionCode() == null ? "" : raion.raionCode())
              .text(raion.raionCode() == null ? book.label(Text.NO_RAION) : raion.raionName());
          table
              .text(hromada.hromadaCode() == null ? "" : hromada.hromadaCode())
              .text(
                  hromada.hromadaCode() == null
                      ? book.label(Text.NO_HROMADA)
                      : hromada.hromadaName());
          table.number(hromada.activeHubs()).number(hromada.reportingHubs());
          FigureColumns.writeFigures(table, hromada.figures());
        }
      }
    }
    table.finish();
  }
}
