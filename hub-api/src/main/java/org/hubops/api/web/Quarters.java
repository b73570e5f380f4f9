package org.hubops.api.web;

import java.util.Optional;
import org.hubops.api.platform.ProblemException;
import org.hubops.model.Quarter;

/** Quarters as people write them, and as a page's {@code ?quarter=} may (or may not) hold one. */
public final class Quarters {

  private Quarters() {}

  /** "IV квартал 2026" / "Q4 2026". */
  public static String name(Quarter quarter, WebText text) {
    return text.get("quarter.name." + quarter.quarter(), String.valueOf(quarter.year()));
  }

  /** The quarter a page's path names; a path naming none is a page that does not exist. */
  public static Quarter named(String text) {
    return parse(text).orElseThrow(() -> ProblemException.notFound("Quarter " + text));
  }

  /** The quarter a link names, if it names one that can be reported (2000-2999). */
  public static Optional<Quarter> parse(String text) {
    try {
      return text == null || text.isBlank() ? Optional.empty() : Optional.of(Quarter.parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
