package org.hubops.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;
import org.hubops.model.Language;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * How argument text becomes values, each refusal said in the run's language and in words, never as
 * a Java exception ({@code cannot convert '2026-02-30' to class java.time.LocalDate}).
 */
final class Converters {

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** Strict: 2026-02-30 is refused, not moved to 2026-03-02. */
  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private Converters() {}

  static void register(CommandLine command, CliText text) {
    ITypeConverter<Integer> whole = value -> wholeNumber(value, text);
    command
        .registerConverter(LocalDate.class, value -> date(value, text))
        .registerConverter(Integer.class, whole)
        .registerConverter(Integer.TYPE, whole)
        .registerConverter(Language.class, value -> language(value, text));
  }

  static LocalDate date(String value, CliText text) {
    String trimmed = value.strip();
    if (!DATE.matcher(trimmed).matches()) {
      throw new TypeConversionException(text.get("args.notADate", value));
    }
    try {
      return LocalDate.parse(trimmed, ISO_DATE);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(text.get("args.noSuchDay", trimmed));
    }
  }

  static int wholeNumber(String value, CliText text) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException(text.get("args.notANumber", value));
    }
  }

  static Language language(String value, CliText text) {
    return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "uk" -> Language.UK;
      case "en" -> Language.EN;
      default -> throw new TypeConversionException(text.get("args.notALanguage", value));
    };
  }
}
