package org.hubops.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.hubops.model.report.ReportStream;
import org.hubops.model.report.SessionLine;
import org.hubops.model.rest.Oblast;

/**
 * A report and its session lines as the service streams them from one read ({@link ReportStream}):
 * the lines one at a time, in constant memory, and the dataset wherever it comes in the stream.
 * When the dataset follows the lines, {@link #dataset()} is ready once the lines are read.
 *
 * @param <D> the dataset's type
 */
public final class ReportReader<D> implements AutoCloseable {

  private final JsonParser parser;
  private final InputStream in;
  private final ObjectMapper json;
  private final Class<D> type;
  private List<Oblast> oblasts = List.of();
  private JsonArrayReader<SessionLine> sessions;
  private D dataset;
  private boolean linesRead;

  ReportReader(InputStream in, ObjectMapper json, Class<D> type) throws IOException {
    this.in = in;
    this.json = json;
    this.type = type;
    this.parser = json.getFactory().createParser(in);
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw new IOException("expected a report stream, a JSON object");
    }
    readFields();
  }

  /** The oblasts the lines name, when the stream has them (before the lines). */
  public List<Oblast> oblasts() {
    return oblasts;
  }

  /** The session lines, read as they are consumed; one pass only. */
  public Iterator<SessionLine> sessions() {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        if (sessions == null) {
          return false;
        }
        if (sessions.hasNext()) {
          return true;
        }
        sessions = null;
        try {
          readFields();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return false;
      }

      @Override
      public SessionLine next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return sessions.next();
      }
    };
  }

  /**
   * The dataset: at once when it came before the lines, otherwise once the lines are read.
   *
   * @throws IllegalStateException when the lines before it have not been read yet
   */
  public D dataset() {
    if (dataset == null) {
      throw new IllegalStateException("the dataset follows the session lines: read them first");
    }
    return dataset;
  }

  /**
   * Reads fields up to the start of the lines' array, or else to the end of the stream, which must
   * then have had its dataset.
   */
  private void readFields() throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case ReportStream.SESSIONS -> {
          if (parser.currentToken() != JsonToken.START_ARRAY || linesRead) {
            throw new IOException("expected the session lines once, as a JSON array");
          }
          linesRead = true;
          sessions = new JsonArrayReader<>(parser, in, json, SessionLine.class);
          return;
        }
        case ReportStream.DATASET -> dataset = json.readValue(parser, type);
        case ReportStream.OBLASTS ->
            oblasts = Arrays.asList(json.readValue(parser, Oblast[].class));
        default -> parser.skipChildren();
      }
    }
    if (parser.currentToken() != JsonToken.END_OBJECT) {
      throw new IOException("the report stream ended before it was complete");
    }
    if (dataset == null) {
      throw new IOException("the report stream has no dataset");
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
