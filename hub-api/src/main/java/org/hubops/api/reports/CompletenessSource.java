package org.hubops.api.reports;

import org.hubops.model.Quarter;
import org.hubops.model.report.Completeness;
import org.jdbi.v3.core.Handle;

/**
 * Who has reported a quarter, read on the report's own handle so that the workbook's Completeness
 * sheet is of the same moment as its figures; without the coordinators' names, which reports never
 * carry. The reporting cycle owns the answer; reports only ask.
 */
@FunctionalInterface
public interface CompletenessSource {

  /** A report that does not ask (benchmarks of the figures alone). */
  CompletenessSource NONE = (handle, quarter, oblast) -> null;

  Completeness of(Handle handle, Quarter quarter, String oblast);
}
