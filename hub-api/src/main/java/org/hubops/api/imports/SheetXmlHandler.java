package org.hubops.api.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one sheet's XML as it streams by, keeping only cells under a header and handing each data
 * row to a sink as soon as it ends, so memory grows with what the sink keeps and never with the
 * file's size. Unlike POI's own streaming handler it tells a formula from a value and a
 * date-formatted number from a plain one, which the import must know.
 */
final class SheetXmlHandler extends DefaultHandler {

  /** Thrown to stop reading once the sheet has more rows than may be imported. */
  static final class RowLimitReached extends SAXException {
    private static final long serialVersionUID = 1L;
  }

  /** Carries out of the parser what the sink threw, so that it is not taken for a broken file. */
  static final class SinkFailed extends SAXException {
    private static final long serialVersionUID = 1L;

    private final transient RuntimeException failure;

    SinkFailed(RuntimeException failure) {
      this.failure = failure;
    }

    RuntimeException failure() {
      return failure;
    }
  }

  /** Excel's own limit on a cell's text; anything longer is not a real cell. */
  private static final int MAX_CELL_CHARS = 32_767;

  private static final int MAX_COLUMNS = 64;

  private final SharedStrings strings;
  private final StylesTable styles;
  private final int maxRows;
  private final Consumer<SheetTable.Row> sink;
  private final Map<Integer, Boolean> dateStyles = new HashMap<>();

  final List<String> headers = new ArrayList<>();
  final List<CellRangeAddress> merged = new ArrayList<>();

  private final TreeMap<Integer, Cell> rowCells = new TreeMap<>();
  private final StringBuilder value = new StringBuilder();
  private final StringBuilder formula = new StringBuilder();
  private int rowNumber;
  private int rowsRead;
  private int column;
  private String type;
  private String style;
  private boolean formulaSeen;
  private boolean inValue;
  private boolean inFormula;
  private boolean inInlineText;
  private boolean inPhonetic;

  /** Hands at most {@code maxRows} data rows to {@code sink}, in order, then stops reading. */
  SheetXmlHandler(
      SharedStrings strings, StylesTable styles, int maxRows, Consumer<SheetTable.Row> sink) {
    this.strings = strings;
    this.styles = styles;
    this.maxRows = maxRows;
    this.sink = sink;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes)
      throws SAXException {
    switch (localName) {
      case "row" -> {
        String r = attributes.getValue("r");
        rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
        column = -1;
        rowCells.clear();
      }
      case "c" -> {
        String r = attributes.getValue("r");
        column = r == null ? column + 1 : new CellReference(r).getCol();
        type = attributes.getValue("t");
        style = attributes.getValue("s");
        formulaSeen = false;
        value.setLength(0);
        formula.setLength(0);
      }
      case "v" -> inValue = true;
      case "f" -> {
        inFormula = true;
        formulaSeen = true;
      }
      case "t" -> inInlineText = !inPhonetic;
      case "rPh" -> inPhonetic = true;
      case "mergeCell" -> merged.add(CellRangeAddress.valueOf(attributes.getValue("ref")));
      default -> {}
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (inValue || inInlineText) {
      append(value, ch, start, length);
    } else if (inFormula) {
      append(formula, ch, start, length);
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    switch (localName) {
      case "v" -> inValue = false;
      case "f" -> inFormula = false;
      case "t" -> inInlineText = false;
      case "rPh" -> inPhonetic = false;
      case "c" -> {
        Cell cell = cell();
        if (cell != null && column < MAX_COLUMNS) {
          rowCells.put(column, cell);
        }
      }
      case "row" -> endRow();
      default -> {}
    }
  }

  private void endRow() throws SAXException {
    if (rowNumber == 1) {
      rowCells.forEach(
          (index, cell) -> {
            while (headers.size() <= index) {
              headers.add(null);
            }
            String text = cell.text().strip();
            headers.set(index, text.isEmpty() ? null : text);
          });
      return;
    }
    Cell[] cells = new Cell[headers.size()];
    boolean blank = true;
    for (Map.Entry<Integer, Cell> entry : rowCells.entrySet()) {
      int index = entry.getKey();
      if (index < cells.length && headers.get(index) != null) {
        cells[index] = entry.getValue();
        blank &= entry.getValue().kind() == Cell.Kind.TEXT && entry.getValue().text().isBlank();
      }
    }
    if (blank) {
      return;
    }
    if (rowsRead == maxRows) {
      throw new RowLimitReached();
    }
    rowsRead++;
    try {
      sink.accept(new SheetTable.Row(rowNumber, cells));
    } catch (RuntimeException e) {
      throw new SinkFailed(e);
    }
  }

  private Cell cell() {
    if (formulaSeen) {
      return new Cell(Cell.Kind.FORMULA, "=" + formula, 0);
    }
    String raw = value.toString();
    if (type == null || type.equals("n")) {
      if (raw.isBlank()) {
        return null;
      }
      double number = Double.parseDouble(raw);
      Cell.Kind kind = isDateStyle() ? Cell.Kind.DATE : Cell.Kind.NUMBER;
      return new Cell(
          kind, new BigDecimal(raw.strip()).stripTrailingZeros().toPlainString(), number);
    }
    return switch (type) {
      case "s" -> Cell.text(strings.getItemAt(Integer.parseInt(raw.strip())).getString());
      case "b" -> new Cell(Cell.Kind.BOOLEAN, "1".equals(raw.strip()) ? "TRUE" : "FALSE", 0);
      case "e" -> new Cell(Cell.Kind.ERROR, raw, 0);
      // An ISO 8601 date cell, written by a few tools: its date part is what was meant.
      case "d" -> Cell.text(raw.length() > 10 ? raw.substring(0, 10) : raw);
      default -> Cell.text(raw);
    };
  }

  private boolean isDateStyle() {
    if (style == null || styles == null) {
      return false;
    }
    return dateStyles.computeIfAbsent(
        Integer.parseInt(style),
        index -> {
          XSSFCellStyle cellStyle = styles.getStyleAt(index);
          return cellStyle != null
              && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        });
  }

  private static void append(StringBuilder into, char[] ch, int start, int length) {
    int room = MAX_CELL_CHARS - into.length();
    if (room > 0) {
      into.append(ch, start, Math.min(room, length));
    }
  }
}
