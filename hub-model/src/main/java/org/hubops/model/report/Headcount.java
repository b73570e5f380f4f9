package org.hubops.model.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.hubops.model.AgeBand;
import org.hubops.model.Gender;

/**
 * People counted the way donors ask: by sex and age band, and how many of them are internally
 * displaced, have a disability, or are veterans. Used both for attendances and for unique
 * participants.
 *
 * <p>The map holds only non-zero cells (missing means zero), so that a session line with three
 * people stays small in JSON and two equal headcounts are {@code equals}.
 *
 * @param bySexAndAge count of people per sex and age band; missing cells are zero
 * @param idp internally displaced people among them
 * @param disability people with a disability among them
 * @param veteran veterans among them
 */
public record Headcount(
    Map<Gender, Map<AgeBand, Long>> bySexAndAge, long idp, long disability, long veteran) {

  /** Nobody. */
  public static final Headcount NONE = new Headcount(Map.of(), 0, 0, 0);

  public Headcount {
    bySexAndAge = normalised(bySexAndAge);
    requireNotNegative(idp, "idp");
    requireNotNegative(disability, "disability");
    requireNotNegative(veteran, "veteran");
  }

  /** People of {@code gender} in {@code ageBand}. */
  public long count(Gender gender, AgeBand ageBand) {
    return bySexAndAge.getOrDefault(gender, Map.of()).getOrDefault(ageBand, 0L);
  }

  /** People of {@code gender}, all ages. */
  public long count(Gender gender) {
    return bySexAndAge.getOrDefault(gender, Map.of()).values().stream().mapToLong(n -> n).sum();
  }

  /** People in {@code ageBand}, all sexes. */
  public long count(AgeBand ageBand) {
    return bySexAndAge.values().stream().mapToLong(ages -> ages.getOrDefault(ageBand, 0L)).sum();
  }

  /** Everybody. */
  public long total() {
    return bySexAndAge.values().stream()
        .flatMap(ages -> ages.values().stream())
        .mapToLong(n -> n)
        .sum();
  }

  /** This headcount and {@code other} together. */
  public Headcount plus(Headcount other) {
    Builder sum = builder().idp(idp + other.idp);
    sum.disability(disability + other.disability).veteran(veteran + other.veteran);
    for (Headcount each : new Headcount[] {this, other}) {
      each.bySexAndAge.forEach(
          (gender, ages) -> ages.forEach((band, count) -> sum.add(gender, band, count)));
    }
    return sum.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects counts cell by cell, as rows of a {@code GROUP BY gender, age_band} arrive. */
  public static final class Builder {
    private final Map<Gender, Map<AgeBand, Long>> cells = new EnumMap<>(Gender.class);
    private long idp;
    private long disability;
    private long veteran;

    private Builder() {}

    /** Adds {@code count} people of {@code gender} in {@code ageBand}. */
    public Builder add(Gender gender, AgeBand ageBand, long count) {
      cells
          .computeIfAbsent(gender, g -> new EnumMap<>(AgeBand.class))
          .merge(ageBand, count, Long::sum);
      return this;
    }

    public Builder idp(long idp) {
      this.idp = idp;
      return this;
    }

    public Builder disability(long disability) {
      this.disability = disability;
      return this;
    }

    public Builder veteran(long veteran) {
      this.veteran = veteran;
      return this;
    }

    public Headcount build() {
      return new Headcount(cells, idp, disability, veteran);
    }
  }

  private static Map<Gender, Map<AgeBand, Long>> normalised(Map<Gender, Map<AgeBand, Long>> given) {
    Map<Gender, Map<AgeBand, Long>> cells = new EnumMap<>(Gender.class);
    if (given != null) {
      given.forEach(
          (gender, ages) -> {
            Map<AgeBand, Long> row = new EnumMap<>(AgeBand.class);
            ages.forEach(
                (band, count) -> {
                  requireNotNegative(count, gender + "/" + band);
                  if (count > 0) {
                    row.put(band, count);
                  }
                });
            if (!row.isEmpty()) {
              cells.put(gender, Collections.unmodifiableMap(row));
            }
          });
    }
    return Collections.unmodifiableMap(cells);
  }

  private static void requireNotNegative(long count, String what) {
    if (count < 0) {
      throw new IllegalArgumentException(what + " must not be negative, was " + count);
    }
  }
}
