package org.hubops.api.imports;

import java.util.UUID;
import org.hubops.model.imports.ImportSheet;
import org.hubops.model.imports.SheetColumn;
import org.hubops.model.rest.ImportResult;
import org.jdbi.v3.core.Handle;

/**
 * A list imported row by row through its own service (the hub register, a hub's equipment): how to
 * read a record from a row, what names it, and how to store it.
 *
 * @param <C> the list's columns
 * @param <R> a record as read from a row
 */
interface ListFormat<C extends Enum<C> & SheetColumn, R> {

  /** What storing one record did. */
  record Stored(UUID id, ImportResult.Status status) {}

  /** The sheet to read; a workbook without one of this name is read from its first sheet. */
  ImportSheet sheet();

  Class<C> columns();

  /** The column holding the natural key, which may appear once in a file. */
  C key();

  /** The record of a row; cells that cannot be read are reported through {@code cells}. */
  R read(CellReader<C> cells, SheetTable.Row row);

  String keyOf(R record);

  /**
   * Creates the record, updates it, or leaves it as it is, on the import's transaction. Broken
   * rules come as the service's {@link org.hubops.api.platform.InvalidInputException}.
   */
  Stored store(Handle handle, R record);

  /** The column of a field the service names in a broken rule. */
  C column(String field);
}
