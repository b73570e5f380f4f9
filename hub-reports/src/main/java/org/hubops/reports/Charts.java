package org.hubops.reports;

import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Native Excel bar charts on an in-memory sheet, fed by cell ranges of the workbook. */
final class Charts {

  /**
   * One series of bars.
   *
   * @param titleCell the cell that names it, so the legend follows the sheet's language
   */
  record Series(CellReference titleCell, String title, XDDFNumericalDataSource<?> values) {}

  /** Where a chart sits: columns and rows of its top-left and bottom-right corners (0-based). */
  record Place(int fromColumn, int fromRow, int toColumn, int toRow) {}

  /** Series colours, distinguishable in greyscale print as well. */
  private static final byte[][] PALETTE = {
    {(byte) 0x1B, (byte) 0x6F, (byte) 0x8A},
    {(byte) 0xE0, (byte) 0x8E, (byte) 0x2B},
    {(byte) 0xA0, (byte) 0xA0, (byte) 0xA0}
  };

  private Charts() {}

  /**
   * A clustered bar chart. Horizontal bars suit many long category names (oblasts); vertical bars
   * suit a few periods split by sex. Not stacked: stacking needs a bar overlap, whose schema type
   * poi-ooxml-lite lacks, and the full schemas would add 15 MB to the CLI.
   */
  static XSSFChart bars(
      XSSFSheet sheet,
      Place place,
      String title,
      XDDFDataSource<String> categories,
      List<Series> series,
      boolean horizontal) {
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFClientAnchor anchor =
        drawing.createAnchor(
            0, 0, 0, 0, place.fromColumn(), place.fromRow(), place.toColumn(), place.toRow());
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

    XDDFCategoryAxis categoryAxis =
        chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
    XDDFValueAxis valueAxis =
        chart.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
    valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
    valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
    if (horizontal) {
      // Keeps the first category at the top, in the same order as the table it comes from.
      categoryAxis.setOrientation(AxisOrientation.MAX_MIN);
    }

    XDDFBarChartData data =
        (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
    data.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
    data.setBarGrouping(BarGrouping.CLUSTERED);
    data.setVaryColors(false);
    for (int i = 0; i < series.size(); i++) {
      Series each = series.get(i);
      XDDFChartData.Series bars = data.addSeries(categories, each.values());
      bars.setTitle(each.title(), each.titleCell());
      // Without an explicit fill LibreOffice draws the bars invisible.
      bars.setFillProperties(
          new XDDFSolidFillProperties(XDDFColor.from(PALETTE[i % PALETTE.length])));
    }
    chart.plot(data);
    return chart;
  }
}
