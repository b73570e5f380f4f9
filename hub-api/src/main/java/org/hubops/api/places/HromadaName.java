package org.hubops.api.places;

import java.util.Set;

/**
 * A hromada as people write it ("Славська селищна громада", "Славська ТГ") compared with the
 * codifier's bare name ("Славська"): the words naming the kind of community are dropped.
 */
final class HromadaName {

  private static final Set<String> KIND_WORDS =
      Set.of(
          "міська",
          "селищна",
          "сільська",
          "територіальна",
          "громада",
          "тг",
          "отг",
          "мтг",
          "стг",
          "об'єднана",
          "обєднана");

  private HromadaName() {}

  static String key(String hromada) {
    StringBuilder key = new StringBuilder();
    for (String word : SearchKey.of(hromada).split(" ")) {
      if (!word.isEmpty() && !KIND_WORDS.contains(word)) {
        key.append(key.isEmpty() ? "" : " ").append(word);
      }
    }
    return key.toString();
  }
}
