package org.hubops.api.platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads query parameters from their raw text and records a violation naming the one at fault. */
public final class QueryParams {

  private QueryParams() {}

  public static int integer(
      String name, String raw, int fallback, int min, int max, Violations violations) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.trim());
      if (value < min || value > max) {
        violations.add(name, "validation.between", min, max);
        return fallback;
      }
      return value;
    } catch (NumberFormatException e) {
      violations.add(name, "validation.badFormat", "number");
      return fallback;
    }
  }

  public static LocalDate date(String name, String raw, Violations violations) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(raw.trim());
    } catch (DateTimeParseException e) {
      violations.add(name, "validation.badFormat", "YYYY-MM-DD");
      return null;
    }
  }

  public static <E extends Enum<E>> E enumValue(
      String name, String raw, Class<E> type, Violations violations) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      String allowed =
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      violations.add(name, "validation.unknownValue", allowed);
      return null;
    }
  }
}
