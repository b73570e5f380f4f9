package org.hubops.reports;

import java.util.List;
import org.hubops.model.SettlementType;
import org.hubops.model.report.HubFigures;
import org.hubops.model.report.HubRef;

/** "By hub": every active hub of the scope, also those that logged nothing. */
final class HubSheet {

  /** Where "urban" or "rural" is written, for the summary's urban/rural sums. */
  static final int URBAN_RURAL_COLUMN = 4;

  /** Where the figure columns begin. */
  static final int FIRST_FIGURE_COLUMN = 5;

  private HubSheet() {}

  /** The hub columns that the session and data-quality sheets start with too. */
  static List<Column> hubColumns(Labels book) {
    return List.of(
        Column.text(book.label(Text.HUB_CODE)),
        Column.wrapped(book.label(Text.HUB)),
        Column.text(book.label(Text.OBLAST)),
        Column.text(book.label(Text.SETTLEMENT_TYPE)),
        Column.text(book.label(Text.URBAN_OR_RURAL)));
  }

  static void writeHub(RowCells table, HubRef hub, OblastNames oblasts) {
    table.text(hub.code()).userText(hub.name()).text(oblasts.name(hub.oblastCode()));
    table.label(hub.settlementType()).label(urbanOrRural(hub.settlementType()));
  }

  static void write(ReportBook book, List<HubFigures> hubs, OblastNames oblasts) {
    Table table =
        new Table(
            book,
            book.label(Text.SHEET_BY_HUB),
            FigureColumns.after(hubColumns(book), FigureColumns.figures(book)),
            2,
            true);
    for (HubFigures hub : hubs) {
      writeHub(table.row(), hub.hub(), oblasts);
      FigureColumns.writeFigures(table, hub.figures());
    }
    table.finish();
  }

  static Text urbanOrRural(SettlementType type) {
    return type.urban() ? Text.URBAN : Text.RURAL;
  }
}
