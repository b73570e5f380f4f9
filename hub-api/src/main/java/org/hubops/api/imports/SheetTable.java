package org.hubops.api.imports;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A sheet as read, or one CSV file: the header row and the data rows that are not blank. Rows keep
 * the numbers a person sees in Excel or LibreOffice (the header is row 1), so a problem names a
 * cell they can find.
 *
 * @param headers the header row's text by column index; blank headers are null
 * @param merged merged cell ranges: refused, since only the first cell of a range holds a value
 * @param rowsCut true when the sheet has more data rows than may be imported at once, and was not
 *     read to its end
 * @param date1904 whether serial dates count from 1904 (old Mac Excel) rather than 1900
 */
record SheetTable(
    String name,
    List<String> headers,
    List<Row> rows,
    List<CellRangeAddress> merged,
    boolean rowsCut,
    boolean date1904) {

  /** Data rows that may be imported from one sheet: a busy hub's year is about 20,000. */
  static final int MAX_ROWS = 150_000;

  /**
   * A data row.
   *
   * @param number the row number shown in Excel, 1-based with the header as row 1
   * @param cells by column index, null where blank; only columns with a header are kept
   */
  record Row(int number, Cell[] cells) {

    Cell cell(int column) {
      return column >= 0 && column < cells.length ? cells[column] : null;
    }
  }
}
