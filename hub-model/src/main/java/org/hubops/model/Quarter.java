package org.hubops.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A calendar quarter of session dates, written {@code 2026-Q3}. Reports are made per quarter.
 *
 * @param year the calendar year
 * @param quarter 1 to 4
 */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

  private static final Pattern TEXT =
      Pattern.compile("(\\d{4})-?Q([1-4])", Pattern.CASE_INSENSITIVE);

  public Quarter {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be 1 to 4, was " + quarter);
    }
    if (year < 2000 || year > 2999) {
      throw new IllegalArgumentException("year must be 2000 to 2999, was " + year);
    }
  }

  public static Quarter of(int year, int quarter) {
    return new Quarter(year, quarter);
  }

  /** The quarter that holds {@code date}. */
  public static Quarter containing(LocalDate date) {
    return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
  }

  /** Reads {@code 2026-Q3} (also {@code 2026Q3}, any case). */
  @JsonCreator
  public static Quarter parse(String text) {
    Matcher matcher = TEXT.matcher(text == null ? "" : text.trim());
    if (!matcher.matches()) {
      throw new IllegalArgumentException("not a quarter (expected e.g. 2026-Q3): " + text);
    }
    return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
  }

  public LocalDate firstDay() {
    return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
  }

  public LocalDate lastDay() {
    return YearMonth.of(year, quarter * 3).atEndOfMonth();
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  public Quarter previous() {
    return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
  }

  public Quarter next() {
    return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
  }

  /** The three months of the quarter, in order. */
  public List<YearMonth> months() {
    return IntStream.range(0, 3)
        .mapToObj(i -> YearMonth.of(year, (quarter - 1) * 3 + 1 + i))
        .toList();
  }

  @Override
  public int compareTo(Quarter other) {
    return Integer.compare(year * 4 + quarter, other.year * 4 + other.quarter);
  }

  @JsonValue
  @Override
  public String toString() {
    return year + "-Q" + quarter;
  }
}
