package org.hubops.api.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times and dates as people type them. The start time is a plain text box, not {@code type=time},
 * whose segments behave differently in every browser and locale: here {@code 10:30}, {@code 10.30},
 * {@code 1030} and {@code 9 30} all mean the same. A date is ISO (what a date box sends) or {@code
 * 28.11.2026} (what an old browser's text box gets typed into). A choice is its constant's name.
 */
public final class Typed {

  private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*[:.\\- ]?\\s*(\\d{2})");
  private static final DateTimeFormatter DOTTED =
      DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

  private Typed() {}

  /**
   * @throws DateTimeParseException when it is no time of day
   */
  public static LocalTime time(String text) {
    Matcher m = TIME.matcher(text.strip());
    if (!m.matches()) {
      throw new DateTimeParseException("Not a time of day", text, 0);
    }
    int hour = Integer.parseInt(m.group(1));
    int minute = Integer.parseInt(m.group(2));
    if (hour > 23 || minute > 59) {
      throw new DateTimeParseException("Not a time of day", text, 0);
    }
    return LocalTime.of(hour, minute);
  }

  /**
   * @throws DateTimeParseException when it is no date
   */
  public static LocalDate date(String text) {
    String date = text.strip();
    return date.contains(".") ? LocalDate.parse(date, DOTTED) : LocalDate.parse(date);
  }

  /** The constant of {@code type} that {@code text} names exactly, if it names one. */
  public static <E extends Enum<E>> Optional<E> choice(Class<E> type, String text) {
    return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(text)).findFirst();
  }
}
