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
 * Refuses JSON text holding U+0000. PostgreSQL cannot store it in a text column and fails the whole
 * statement, which would be a 500; refused while reading, it is a 422 naming the field.
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
    if (text != null && text.indexOf('\u0000') >= 0) {
      throw InvalidFormatException.from(
          parser, "Text holds a NUL character", "(text with NUL)", String.class);
    }
    return text;
  }
}
