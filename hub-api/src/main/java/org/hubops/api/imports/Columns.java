package org.hubops.api.imports;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hubops.model.Language;
import org.hubops.model.imports.SheetColumn;

/**
 * Where each column of a sheet is, found by its header, Ukrainian or English, in any order. Reports
 * headers that are missing, unknown or there twice: with those, every row would be misread.
 */
final class Columns<C extends Enum<C> & SheetColumn> {

  private final SheetTable table;
  private final Map<C, Integer> index;

  private final List<C> required;

  private Columns(SheetTable table, Map<C, Integer> index, List<C> required) {
    this.table = table;
    this.index = index;
    this.required = required;
  }

  static <C extends Enum<C> & SheetColumn> Columns<C> of(
      SheetTable table, Class<C> type, FileProblems problems) {
    Language language = problems.messages().language();
    Map<C, Integer> index = new EnumMap<>(type);
    for (int i = 0; i < table.headers().size(); i++) {
      String header = table.headers().get(i);
      if (header == null) {
        continue;
      }
      C column = Choices.match(type, header);
      if (column == null) {
        problems.cell(table, 1, i, "import.unknownHeader", expected(type, language));
      } else if (index.containsKey(column)) {
        problems.cell(table, 1, i, "import.duplicateHeader", column.label(language));
      } else {
        index.put(column, i);
      }
    }
    for (C column : type.getEnumConstants()) {
      if (column.required() && !index.containsKey(column)) {
        String header = column.label(language);
        problems.missingHeader(table, header, "import.missingHeader", header);
      }
    }
    List<C> required = Arrays.stream(type.getEnumConstants()).filter(C::required).toList();
    return new Columns<>(table, index, required);
  }

  SheetTable table() {
    return table;
  }

  boolean has(C column) {
    return index.containsKey(column);
  }

  /** The column's index, or -1 when the file does not have it. */
  int index(C column) {
    return index.getOrDefault(column, -1);
  }

  /** The index of the first column (in the vocabulary's order) that the file has, or 0. */
  int firstIndex() {
    return index.values().stream().findFirst().orElse(0);
  }

  /** Whether every required column is there, so that rows can be read at all. */
  boolean complete() {
    return required.stream().allMatch(index::containsKey);
  }

  Cell cell(SheetTable.Row row, C column) {
    return row.cell(index(column));
  }

  private static <C extends Enum<C> & SheetColumn> String expected(Class<C> type, Language lang) {
    return Arrays.stream(type.getEnumConstants())
        .map(c -> c.label(lang))
        .collect(Collectors.joining(", "));
  }
}
