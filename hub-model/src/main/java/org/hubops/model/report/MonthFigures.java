package org.hubops.model.report;

import java.time.YearMonth;
import java.util.Objects;

/** The figures of one calendar month of a report's period. */
public record MonthFigures(YearMonth month, Figures figures) {

  public MonthFigures {
    Objects.requireNonNull(month, "month");
    figures = Objects.requireNonNullElse(figures, Figures.NONE);
  }
}
