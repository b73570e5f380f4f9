package org.hubops.api.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hubops.api.platform.InvalidInputException;
import org.hubops.api.platform.Messages;
import org.hubops.model.imports.SheetColumn;
import org.hubops.model.rest.ImportResult;
import org.hubops.model.rest.Problem.FieldError;
import org.jdbi.v3.core.Jdbi;

/**
 * Imports a list (the hub register, a hub's equipment) through its service, one row at a time, in
 * one transaction: the services' own transactions join it, so their rules hold unchanged and a
 * failure anywhere stores nothing. Every row is tried, so every problem is reported at once. A dry
 * run does the same work and rolls it back.
 */
final class ListImporter {

  /** Ends a dry run's transaction with a rollback, carrying its answer out. */
  private static final class DryRunOver extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<ImportResult.Entry> entries;

    DryRunOver(List<ImportResult.Entry> entries) {
      super(null, null, false, false);
      this.entries = entries;
    }
  }

  private final Jdbi jdbi;

  ListImporter(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  <C extends Enum<C> & SheetColumn, R> List<ImportResult.Entry> run(
      Upload upload, ListFormat<C, R> format, boolean dryRun, Messages messages) {
    FileProblems problems = new FileProblems(messages);
    SheetTable table = ImportFiles.oneTable(upload, format.sheet(), problems);
    Columns<C> columns = Columns.of(table, format.columns(), problems);
    if (!columns.complete()) {
      throw problems.failure();
    }
    CellReader<C> cells = new CellReader<>(columns, problems);
    List<SheetTable.Row> rows = new ArrayList<>();
    List<R> records = new ArrayList<>();
    Map<String, Integer> firstRow = new HashMap<>();
    for (SheetTable.Row row : table.rows()) {
      int before = problems.count();
      R record = format.read(cells, row);
      String key = format.keyOf(record);
      Integer first =
          key == null ? null : firstRow.putIfAbsent(Choices.normalize(key), row.number());
      if (first != null) {
        cells.problem(row, format.key(), "import.keyDuplicate", key, first);
      }
      // A row that could not be read would only add noise from the service's rules.
      if (problems.count() == before) {
        rows.add(row);
        records.add(record);
      }
    }
    try {
      return jdbi.inTransaction(
          handle -> {
            List<ImportResult.Entry> entries = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
              try {
                ListFormat.Stored stored = format.store(handle, records.get(i));
                entries.add(
                    new ImportResult.Entry(
                        format.keyOf(records.get(i)),
                        stored.id(),
                        stored.status(),
                        rows.get(i).number()));
              } catch (InvalidInputException e) {
                for (FieldError error : e.errors()) {
                  cells.problemText(rows.get(i), format.column(error.field()), error.message());
                }
              }
            }
            problems.throwIfAny();
            if (dryRun) {
              throw new DryRunOver(entries);
            }
            return entries;
          });
    } catch (DryRunOver over) {
      return over.entries;
    }
  }
}
