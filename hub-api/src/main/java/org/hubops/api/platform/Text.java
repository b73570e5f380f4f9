package org.hubops.api.platform;

import java.util.Optional;
import java.util.UUID;

/** Small helpers for text that people typed. */
public final class Text {

  private Text() {}

  /** Surrounding spaces removed; blank becomes null, so "nothing typed" is stored one way. */
  public static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public static Optional<UUID> uuid(String text) {
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }
}
