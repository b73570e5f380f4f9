package org.hubops.api.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Dates in JSON are {@code "YYYY-MM-DD"} and nothing else. Jackson would also take a number as a
 * count of days since 1970, which turns a typo into a date no database can store (a 500 on
 * PostgreSQL); years outside 1900–2999 are refused for the same reason.
 */
public final class IsoDates extends StdScalarDeserializer<LocalDate> {

  private static final long serialVersionUID = 1L;

  private IsoDates() {
    super(LocalDate.class);
  }

  /** The module that puts this reading in place of Jackson's. */
  public static SimpleModule module() {
    return new SimpleModule("iso-dates").addDeserializer(LocalDate.class, new IsoDates());
  }

  @Override
  public LocalDate deserialize(JsonParser parser, DeserializationContext context)
      throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
    }
    String text = parser.getText().trim();
    try {
      LocalDate date = LocalDate.parse(text);
      if (date.getYear() >= 1900 && date.getYear() <= 2999) {
        return date;
      }
    } catch (DateTimeParseException e) {
      // Reported below, as for an implausible year.
    }
    return (LocalDate)
        context.handleWeirdStringValue(LocalDate.class, text, "not a YYYY-MM-DD date");
  }
}
