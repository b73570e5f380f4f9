package org.hubops.api.places;

import java.util.Locale;

/**
 * The form of a name that search compares: lower case, apostrophes of every kind dropped, and the
 * letters people type either way folded together (ї and a latin i as і, й as и), so {@code
 * Кам'янець}, {@code кам’янець} and {@code КАМʼЯНЕЦЬ} all meet one stored key.
 */
public final class SearchKey {

  private SearchKey() {}

  public static String of(String text) {
    if (text == null) {
      return "";
    }
    String lower = text.strip().toLowerCase(Locale.forLanguageTag("uk"));
    StringBuilder key = new StringBuilder(lower.length());
    boolean space = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      switch (c) {
        case '\'', '’', 'ʼ', '`', '‘', '´', 'ʹ' -> {
          continue;
        }
        case 'ї', 'i', 'ï' -> c = 'і';
        case 'й' -> c = 'и';
        case 'ё' -> c = 'е';
        default -> {}
      }
      if (Character.isWhitespace(c)) {
        space = key.length() > 0;
        continue;
      }
      if (space) {
        key.append(' ');
        space = false;
      }
      key.append(c);
    }
    return key.toString();
  }

  /** The first {@code letters} of {@code key} (all of it when shorter). */
  public static String prefix(String key, int letters) {
    return key.length() <= letters ? key : key.substring(0, letters);
  }
}
