package org.hubops.api.platform;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Small helpers for text that people typed. */
public final class Text {

  private Text() {}

  /** Surrounding spaces removed; blank becomes null, so "nothing typed" is stored one way. */
  public static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The id in a path; text that is no UUID names nothing, so it is a 404 like an unknown id. */
  public static UUID pathId(String what, String text) {
    return uuid(text).orElseThrow(() -> ProblemException.notFound(what + " " + text));
  }

  /**
   * Turns what someone typed in a search box into a case-insensitive LIKE pattern, or null for no
   * search. {@code %} and {@code _} are dropped: people mean them literally, never as wildcards.
   */
  public static String searchPattern(String query) {
    if (query == null || query.isBlank()) {
      return null;
    }
    String escaped = query.trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
    return "%" + escaped + "%";
  }

  public static Optional<UUID> uuid(String text) {
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }
}
