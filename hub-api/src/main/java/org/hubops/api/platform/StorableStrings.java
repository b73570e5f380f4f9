package org.hubops.api.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * Refuses JSON text that cannot be stored as it was sent: U+0000, which PostgreSQL cannot store in
 * a text column (it fails the whole statement, which would be a 500), and a lone UTF-16 surrogate
 * ({@code "\\uD800"}, or its bytes in CESU-8), which has no UTF-8 form and would be stored as
 * {@code ?}. Refused while reading, either is a 422 naming the field.
 */
public final class StorableStrings extends StdScalarDeserializer<String> {

  private static final long serialVersionUID = 1L;

  private StorableStrings() {
    super(String.class);
  }

  /** The module to register on the service's object mapper. */
  public static Module module() {
    return new SimpleModule("storable-strings")
        .addDeserializer(String.class, new StorableStrings());
  }

  @Override
  public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    String text = StringDeserializer.instance.deserialize(parser, context);
    if (text != null && !storable(text)) {
      throw InvalidFormatException.from(
          parser,
          "Text holds NUL or a lone surrogate",
          "(text that cannot be stored)",
          String.class);
    }
    return text;
  }

  /** Whether {@code text} holds neither NUL nor a surrogate that is not half of a pair. */
  static boolean storable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0000') {
        return false;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
