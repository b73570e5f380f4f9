package org.hubops.api.cycle;

import org.hubops.api.platform.Violations;
import org.hubops.model.Quarter;

/** A quarter named in a path, {@code 2026-Q3}; a malformed one is a 422 naming {@code quarter}. */
final class QuarterPath {

  private QuarterPath() {}

  static Quarter parse(String text, Violations violations) {
    try {
      return Quarter.parse(text);
    } catch (IllegalArgumentException e) {
      violations.add("quarter", "cycle.quarterFormat");
      violations.throwIfAny();
      throw e;
    }
  }
}
