package org.hubops.model.imports;

import org.hubops.model.Labelled;

/**
 * A column of an import file. Its header is its Ukrainian or English label; a file may use either,
 * so one template serves both languages and a hand-made CSV with English headers is read too.
 */
public interface SheetColumn extends Labelled {

  /** Whether a file without this column is refused; optional columns may be left out. */
  boolean required();
}
