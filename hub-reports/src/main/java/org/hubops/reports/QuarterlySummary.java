package org.hubops.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.hubops.model.Gender;
import org.hubops.model.report.Figures;
import org.hubops.model.report.HubFigures;
import org.hubops.model.report.QuarterlyDataset;
import org.hubops.model.report.RegionFigures;

/**
 * The quarterly "Summary" sheet: headline figures with quarter-over-quarter change, attendances by
 * age and sex, urban and rural (live sums over "By hub"), months, and two charts. Written last,
 * because its formulas and charts refer to sheets that must exist first.
 */
final class QuarterlySummary {

  private static final int CHART_COLUMN = 8;
  private static final int CHART_WIDTH = 10;

  private QuarterlySummary() {}

  static void write(ReportBook book, XSSFSheet sheet, QuarterlyDataset dataset, String title) {
    SummaryBlocks blocks = new SummaryBlocks(book, sheet);
    String scope =
        dataset.oblastCode() == null
            ? book.label(Text.ALL_UKRAINE)
            : new OblastNames(dataset.oblasts(), book.language).name(dataset.oblastCode());
    blocks.title(title, scope + " · " + SummaryBlocks.asOf(book, dataset.generatedAt()));
    blocks.status(dataset.status());
    blocks.gap();

    List<SummaryBlocks.Headline> headlines = new ArrayList<>();
    headlines.add(
        hubs(
            book,
            Text.ACTIVE_HUBS,
            dataset.current().activeHubs(),
            dataset.previous().activeHubs()));
    headlines.add(
        hubs(
            book,
            Text.REPORTING_HUBS,
            dataset.current().reportingHubs(),
            dataset.previous().reportingHubs()));
    headlines.addAll(
        SummaryBlocks.headlines(book, dataset.current().figures(), dataset.previous().figures()));
    blocks.headlines(headlines, true);
    blocks.sexAge(dataset.current().figures().attendances());
    urbanRural(book, blocks, dataset.hubs());
    SummaryBlocks.Rows months = blocks.months(dataset.months());

    if (!dataset.months().isEmpty()) {
      monthsChart(book, sheet, months);
    }
    if (!dataset.regions().isEmpty()) {
      oblastsChart(book, sheet, dataset.regions());
    }
    ReportBook.setUpPrinting(sheet, 0);
  }

  private static SummaryBlocks.Headline hubs(ReportBook book, Text label, int now, int before) {
    return new SummaryBlocks.Headline(book.label(label), now, (double) before, false);
  }

  /** Live COUNTIF/SUMIF formulas over "By hub", so the split follows any edit there. */
  private static void urbanRural(ReportBook book, SummaryBlocks blocks, List<HubFigures> hubs) {
    List<String> headers =
        List.of(
            book.label(Text.URBAN_OR_RURAL),
            book.label(Text.LISTED_HUBS),
            book.label(Text.SESSIONS),
            book.label(Text.TRAINING_HOURS),
            book.label(Text.ATTENDANCES),
            book.label(Text.UNIQUE_PARTICIPANTS));
    blocks.heading(Text.TABLE_URBAN_RURAL, headers);
    String sheet = Cells.sheetRef(book.label(Text.SHEET_BY_HUB));
    int lastRow = hubs.size() + 1;
    String criteria = range(sheet, HubSheet.URBAN_RURAL_COLUMN, lastRow);
    int unique = HubSheet.FIRST_FIGURE_COLUMN + FigureColumns.figures(book).size() - 1;
    int[] sourceColumns = {
      HubSheet.FIRST_FIGURE_COLUMN,
      HubSheet.FIRST_FIGURE_COLUMN + 1,
      HubSheet.FIRST_FIGURE_COLUMN + 2,
      unique
    };
    List<ToDoubleFunction<Figures>> figures =
        List.of(
            Figures::sessions,
            Figures::trainingHours,
            f -> f.attendances().total(),
            f -> f.uniqueParticipants().total());
    int first = -1;
    for (boolean urban : new boolean[] {true, false}) {
      Text label = urban ? Text.URBAN : Text.RURAL;
      List<Figures> matching =
          hubs.stream()
              .filter(hub -> hub.hub().settlementType().urban() == urban)
              .map(HubFigures::figures)
              .toList();
      Row row = blocks.row();
      first = first < 0 ? row.getRowNum() : first;
      String quoted = "\"" + book.label(label) + "\"";
      Cells.text(row, 0, book.label(label), book.styles.text);
      Cells.formula(
          row, 1, "COUNTIF(" + criteria + "," + quoted + ")", matching.size(), book.styles.integer);
      for (int i = 0; i < figures.size(); i++) {
        double cached = matching.stream().mapToDouble(figures.get(i)).sum();
        String formula =
            "SUMIF("
                + criteria
                + ","
                + quoted
                + ","
                + range(sheet, sourceColumns[i], lastRow)
                + ")";
        Cells.formula(
            row, 2 + i, formula, cached, i == 1 ? book.styles.hours : book.styles.integer);
      }
    }
    Row total = blocks.totalRow();
    blocks.sum(total, 1, first, hubs.size(), book.styles.totalInteger);
    for (int i = 0; i < figures.size(); i++) {
      double cached = hubs.stream().map(HubFigures::figures).mapToDouble(figures.get(i)).sum();
      blocks.sum(
          total, 2 + i, first, cached, i == 1 ? book.styles.totalHours : book.styles.totalInteger);
    }
    blocks.gap();
  }

  private static void monthsChart(ReportBook book, XSSFSheet sheet, SummaryBlocks.Rows months) {
    List<Charts.Series> series = new ArrayList<>();
    for (Gender gender : Gender.values()) {
      int column = 4 + gender.ordinal();
      series.add(
          new Charts.Series(
              new CellReference(sheet.getSheetName(), months.header(), column, true, true),
              book.label(gender),
              XDDFDataSourcesFactory.fromNumericCellRange(
                  sheet,
                  new CellRangeAddress(months.firstData(), months.lastData(), column, column))));
    }
    Charts.bars(
        sheet,
        new Charts.Place(CHART_COLUMN, 0, CHART_COLUMN + CHART_WIDTH, 20),
        book.label(Text.CHART_MONTHS),
        XDDFDataSourcesFactory.fromStringCellRange(
            sheet, new CellRangeAddress(months.firstData(), months.lastData(), 0, 0)),
        series,
        false);
  }

  /**
   * Attendances per oblast, read from the leading rows of "By region" (sorted by attendances) so
   * the chart follows that sheet; oblasts with none are left out of the chart, and a line under it
   * says so.
   */
  private static void oblastsChart(ReportBook book, XSSFSheet sheet, List<RegionFigures> all) {
    List<RegionFigures> regions =
        RegionSheet.byAttendances(all).stream()
            .filter(r -> r.figures().attendances().total() > 0)
            .toList();
    if (regions.isEmpty()) {
      return;
    }
    String regionSheet = book.label(Text.SHEET_BY_REGION);
    String ref = Cells.sheetRef(regionSheet);
    int lastRow = regions.size() + 1;
    String[] names =
        regions.stream().map(r -> r.oblast().name(book.language)).toArray(String[]::new);
    Double[] attendances =
        regions.stream()
            .map(r -> (double) r.figures().attendances().total())
            .toArray(Double[]::new);
    int top = 22;
    int bottom = top + 6 + regions.size();
    if (regions.size() < all.size()) {
      Row note = sheet.getRow(bottom) == null ? sheet.createRow(bottom) : sheet.getRow(bottom);
      Cells.text(
          note, CHART_COLUMN, book.label(Text.CHART_OBLASTS_EMPTY_LEFT_OUT), book.styles.text);
    }
    Charts.bars(
        sheet,
        new Charts.Place(CHART_COLUMN, top, CHART_COLUMN + CHART_WIDTH, bottom),
        book.label(Text.CHART_OBLASTS),
        XDDFDataSourcesFactory.fromArray(names, range(ref, RegionSheet.NAME_COLUMN, lastRow)),
        List.of(
            new Charts.Series(
                new CellReference(regionSheet, 0, RegionSheet.ATTENDANCES_COLUMN, true, true),
                book.label(Text.ATTENDANCES),
                XDDFDataSourcesFactory.fromArray(
                    attendances, range(ref, RegionSheet.ATTENDANCES_COLUMN, lastRow)))),
        true);
  }

  /** Rows 2 to {@code lastRow} of a column of another sheet, absolute. */
  private static String range(String sheetRef, int column, int lastRow) {
    String letter = Table.letter(column);
    return sheetRef + "$" + letter + "$2:$" + letter + "$" + Math.max(lastRow, 2);
  }
}
