package org.hubops.reports;

import java.time.Instant;
import java.time.LocalDate;
import org.hubops.model.Labelled;

/**
 * The values of one row, left to right. A sheet's {@link Table} and a {@link SessionCsv} line both
 * take them, so a row of session detail is described once, whatever it is written into.
 */
interface RowCells {

  /** Text we wrote ourselves: codes from closed vocabularies. */
  RowCells text(String value);

  RowCells label(Labelled value);

  /** Text that came from a user, which must never be taken for a formula. */
  RowCells userText(String value);

  RowCells number(double value);

  RowCells date(LocalDate value);

  /** An instant, as the Kyiv wall-clock time that people in the hubs know. */
  RowCells dateTime(Instant value);
}
