package org.hubops.api.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;
import org.hubops.api.platform.InvalidInputException;
import org.hubops.api.platform.Messages;
import org.hubops.model.rest.Problem.FieldError;

/**
 * Every problem of an uploaded file, each naming the sheet, row and column a person would look for
 * in Excel. A cell is reported once (the first problem found is the one to fix first), and at most
 * {@value #MAX_LISTED} are listed, so a file wrong in every row still gets a readable answer.
 */
final class FileProblems {

  static final int MAX_LISTED = 1000;

  private final Messages messages;
  private final List<FieldError> listed = new ArrayList<>();
  private final Set<String> reported = new HashSet<>();
  private int count;

  FileProblems(Messages messages) {
    this.messages = messages;
  }

  Messages messages() {
    return messages;
  }

  /** A problem with the whole upload: not a spreadsheet, a part missing. */
  void file(String key, Object... args) {
    add(new FieldError("file", messages.get(key, args)));
  }

  /** A problem with a whole sheet: missing, too long. */
  void sheet(String sheet, String key, Object... args) {
    add(new FieldError(sheet, messages.get(key, args), sheet, null, null, null));
  }

  /** A header that should be there and is not: row 1, no column to point at. */
  void missingHeader(SheetTable table, String header, String key, Object... args) {
    add(
        new FieldError(
            table.name() + "!1:1", messages.get(key, args), table.name(), 1, null, header));
  }

  /** A problem in the cell at {@code row} (Excel's number) and {@code column} (0-based). */
  void cell(SheetTable table, int row, int column, String key, Object... args) {
    cellMessage(table, row, column, messages.get(key, args));
  }

  /** As {@link #cell}, with a message already in the request's language. */
  void cellMessage(SheetTable table, int row, int column, String message) {
    String letter = CellReference.convertNumToColString(column);
    String header = column < table.headers().size() ? table.headers().get(column) : null;
    add(
        new FieldError(
            table.name() + "!" + letter + row, message, table.name(), row, letter, header));
  }

  boolean any() {
    return count > 0;
  }

  /** How many problems were found so far, listed or not. */
  int count() {
    return count;
  }

  void throwIfAny() {
    if (any()) {
      throw failure();
    }
  }

  InvalidInputException failure() {
    String summary =
        count > listed.size()
            ? messages.get("import.summaryFirst", count, listed.size())
            : messages.get("import.summary", count);
    return new InvalidInputException(summary, listed);
  }

  private void add(FieldError error) {
    // A cell is reported once; whole-file, sheet and header problems each once per message.
    String key =
        error.column() != null
            ? error.field()
            : error.field() + "|" + error.header() + "|" + error.message();
    if (!reported.add(key)) {
      return;
    }
    count++;
    if (listed.size() < MAX_LISTED) {
      listed.add(error);
    }
  }
}
