package org.hubops.model;

import java.time.LocalDate;

/**
 * The age bands donors report by. An attendee's band is their age on the day of the session; a
 * participant known only by birth year is placed by {@code sessionYear - birthYear}.
 */
public enum AgeBand implements Labelled {
  UNDER_18(0, 17, "До 18", "Under 18"),
  AGE_18_29(18, 29, "18–29", "18–29"),
  AGE_30_39(30, 39, "30–39", "30–39"),
  AGE_40_49(40, 49, "40–49", "40–49"),
  AGE_50_59(50, 59, "50–59", "50–59"),
  AGE_60_69(60, 69, "60–69", "60–69"),
  AGE_70_PLUS(70, Integer.MAX_VALUE, "70+", "70+"),
  UNKNOWN(-1, -1, "Невідомо", "Unknown");

  private final int fromAge;
  private final int toAge;
  private final String labelUk;
  private final String labelEn;

  AgeBand(int fromAge, int toAge, String labelUk, String labelEn) {
    this.fromAge = fromAge;
    this.toAge = toAge;
    this.labelUk = labelUk;
    this.labelEn = labelEn;
  }

  /** The band of a person of {@code age} full years; a negative age is {@link #UNKNOWN}. */
  public static AgeBand ofAge(int age) {
    for (AgeBand band : values()) {
      if (band != UNKNOWN && age >= band.fromAge && age <= band.toAge) {
        return band;
      }
    }
    return UNKNOWN;
  }

  /** The band of someone born in {@code birthYear} at a session held on {@code sessionDate}. */
  public static AgeBand atSession(Integer birthYear, LocalDate sessionDate) {
    if (birthYear == null || sessionDate == null) {
      return UNKNOWN;
    }
    return ofAge(sessionDate.getYear() - birthYear);
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
