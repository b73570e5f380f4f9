package org.hubops.api.imports;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.hubops.model.Labelled;
import org.hubops.model.Language;

/**
 * Reads a value of a closed vocabulary as people type it: its Ukrainian or English label or its
 * code, in any case, with whatever dash or apostrophe their keyboard makes.
 */
final class Choices {

  private static final ClassValue<Map<String, Enum<?>>> LOOKUP =
      new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
          Map<String, Enum<?>> byText = new HashMap<>();
          for (Object constant : type.getEnumConstants()) {
            Enum<?> value = (Enum<?>) constant;
            Labelled labelled = (Labelled) constant;
            byText.put(normalize(value.name()), value);
            byText.put(normalize(value.name().replace('_', ' ')), value);
            byText.put(normalize(labelled.labelUk()), value);
            byText.put(normalize(labelled.labelEn()), value);
          }
          return byText;
        }
      };

  private Choices() {}

  /** The value {@code text} names, or null. */
  static <E extends Enum<E> & Labelled> E match(Class<E> type, String text) {
    return text == null ? null : type.cast(LOOKUP.get(type).get(normalize(text)));
  }

  /** The labels to choose from, for a message. */
  static <E extends Enum<E> & Labelled> String allowed(Class<E> type, Language language) {
    return Arrays.stream(type.getEnumConstants())
        // Quoted: labels such as "Справне, у роботі" hold commas of their own, so a bare list
        // would make "Справне" look like a choice.
        .map(value -> language.quote(value.label(language)))
        .collect(Collectors.joining(", "));
  }

  /**
   * Lower case, single spaces, one kind of dash and apostrophe, no trailing {@code *}: "Вікова
   * група *", "вікова група" and "Вікова група" are the same header.
   */
  static String normalize(String text) {
    String folded =
        text.strip()
            .toLowerCase(Locale.ROOT)
            .replaceAll("[\\u2010-\\u2015\\u2212]", "-")
            .replaceAll("[\\u2018\\u2019\\u02bc`\\u00b4]", "'")
            .replaceAll("\\s+", " ");
    return folded.endsWith("*") ? folded.substring(0, folded.length() - 1).strip() : folded;
  }
}
