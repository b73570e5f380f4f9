package org.hubops.model;

import java.util.Optional;

/**
 * The area a topic belongs to: the five competence areas of DigComp 2.2, and the practical topics
 * (E) the hubs teach beside them. A topic's code starts with its area's code.
 */
public enum TopicArea implements Labelled {
  INFORMATION("1", "Інформаційна грамотність і робота з даними", "Information and data literacy"),
  COMMUNICATION("2", "Комунікація та співпраця", "Communication and collaboration"),
  CONTENT("3", "Створення цифрового контенту", "Digital content creation"),
  SAFETY("4", "Безпека", "Safety"),
  PROBLEM_SOLVING("5", "Розв’язання проблем", "Problem solving"),
  PRACTICAL("E", "Практичні навички", "Practical skills");

  private final String code;
  private final String labelUk;
  private final String labelEn;

  TopicArea(String code, String labelUk, String labelEn) {
    this.code = code;
    this.labelUk = labelUk;
    this.labelEn = labelEn;
  }

  /** The area's code as topics carry it ({@code 1} to {@code 5}, {@code E}). */
  public String code() {
    return code;
  }

  /** The area of that code; empty for a code the reference list does not (yet) know. */
  public static Optional<TopicArea> ofCode(String code) {
    for (TopicArea area : values()) {
      if (area.code.equals(code)) {
        return Optional.of(area);
      }
    }
    return Optional.empty();
  }

  @Override
  public String labelUk() {
    return labelUk;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }
}
