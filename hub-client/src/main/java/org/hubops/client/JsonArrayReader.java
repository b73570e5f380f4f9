package org.hubops.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The elements of a JSON array, read one at a time from a stream with Jackson's streaming parser,
 * so a national quarter's 300,000 session lines pass through in constant memory.
 */
public final class JsonArrayReader<T> implements Iterator<T>, AutoCloseable {

  private final JsonParser parser;
  private final ObjectMapper json;
  private final Class<T> type;
  private final InputStream in;

  /** Reads the array that {@code in} holds; closing the reader closes {@code in}. */
  public JsonArrayReader(InputStream in, ObjectMapper json, Class<T> type) throws IOException {
    this(json.getFactory().createParser(in), in, json, type);
    if (parser.nextToken() != JsonToken.START_ARRAY) {
      throw new IOException("expected a JSON array");
    }
    parser.nextToken();
  }

  /**
   * Reads the array at which {@code parser} stands (its current token is the array's start), for an
   * array inside a larger document; closing the reader closes {@code in}.
   */
  JsonArrayReader(JsonParser parser, InputStream in, ObjectMapper json, Class<T> type) {
    this.parser = parser;
    this.in = in;
    this.json = json;
    this.type = type;
    if (parser.currentToken() == JsonToken.START_ARRAY) {
      try {
        parser.nextToken();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public boolean hasNext() {
    JsonToken token = parser.currentToken();
    if (token == null) {
      throw new UncheckedIOException(new IOException("the list ended before it was complete"));
    }
    return token != JsonToken.END_ARRAY;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    try {
      T value = json.readValue(parser, type);
      parser.nextToken();
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      parser.close();
    } finally {
      in.close();
    }
  }
}
