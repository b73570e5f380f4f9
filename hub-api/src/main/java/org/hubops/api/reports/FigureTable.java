package org.hubops.api.reports;

import java.util.Map;
import java.util.Set;
import org.hubops.model.report.Figures;

/** The {@link Figures} of every slice of one kind (every month, or every hub...) of a scope. */
final class FigureTable {

  private final Map<String, Figures> bySlice;

  FigureTable(Map<String, Figures> bySlice) {
    this.bySlice = Map.copyOf(bySlice);
  }

  /** The figures of one slice; {@link Figures#NONE} for a slice with no session. */
  Figures of(String slice) {
    return bySlice.getOrDefault(slice, Figures.NONE);
  }

  /** The figures of {@link Slice#WHOLE}. */
  Figures whole() {
    return of(Slice.WHOLE_KEY);
  }

  /** The slices that have at least one session. */
  Set<String> slices() {
    return bySlice.keySet();
  }
}
