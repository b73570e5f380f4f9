package org.hubops.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.hubops.model.AgeBand;
import org.hubops.model.Gender;
import org.hubops.model.Labelled;
import org.hubops.model.SessionFormat;
import org.hubops.model.SessionKind;
import org.hubops.model.imports.ImportSheet;
import org.hubops.model.imports.YesNo;
import org.hubops.model.rest.Topic;

/**
 * The hidden sheet holding the values of the template's dropdowns, one named range per list, so
 * that a list of any length works (a list typed into the check itself is capped at 255 characters).
 */
final class TemplateLists {

  /** The named ranges, each a column of the lists sheet. */
  enum Range {
    KINDS,
    FORMATS,
    TOPICS,
    GENDERS,
    AGE_BANDS,
    YES_NO,
    EQUIPMENT
  }

  private TemplateLists() {}

  /** Writes the lists; a list with no values (a hub without equipment) gets no name. */
  static void write(ReportBook book, TemplateContext context) {
    XSSFSheet sheet = book.fixedSheet(book.label(ImportSheet.LISTS));
    List<List<String>> columns = new ArrayList<>();
    columns.add(labels(book, SessionKind.values()));
    columns.add(labels(book, SessionFormat.values()));
    columns.add(context.topics().stream().map(t -> topicEntry(t, book)).toList());
    columns.add(labels(book, Gender.values()));
    columns.add(labels(book, AgeBand.values()));
    columns.add(labels(book, YesNo.values()));
    columns.add(context.equipment().stream().map(item -> equipmentEntry(item, book)).toList());
    int longest = columns.stream().mapToInt(List::size).max().orElse(0);
    for (int r = 0; r < longest; r++) {
      Row row = sheet.createRow(r);
      for (int c = 0; c < columns.size(); c++) {
        if (r < columns.get(c).size()) {
          Cells.text(row, c, columns.get(c).get(r), book.styles.text);
        }
      }
    }
    for (Range list : Range.values()) {
      int size = columns.get(list.ordinal()).size();
      if (size > 0) {
        XSSFName name = sheet.getWorkbook().createName();
        name.setNameName(list.name());
        String letter = CellReference.convertNumToColString(list.ordinal());
        name.setRefersToFormula(
            Cells.sheetRef(sheet.getSheetName()) + "$" + letter + "$1:$" + letter + "$" + size);
      }
    }
    sheet.enableLocking();
    sheet.getWorkbook().setSheetHidden(sheet.getWorkbook().getSheetIndex(sheet), true);
  }

  /** The dropdown entry of a topic: its code, then its name, which the import reads either way. */
  static String topicEntry(Topic topic, ReportBook book) {
    return topic.code() + ENTRY_DASH + topic.name(book.language);
  }

  /**
   * The dropdown entry of an item: its inventory number, then its category and model after the same
   * dash as a topic's entry, which the import reads either way.
   */
  static String equipmentEntry(TemplateContext.Item item, ReportBook book) {
    String what = book.label(item.category());
    if (item.model() != null && !item.model().isBlank()) {
      what += ", " + item.model();
    }
    return item.inventoryNumber() + ENTRY_DASH + what;
  }

  /** Between a code and its description in a dropdown entry. */
  static final String ENTRY_DASH = " — ";

  private static List<String> labels(ReportBook book, Labelled... values) {
    return Arrays.stream(values).map(book::label).toList();
  }
}
