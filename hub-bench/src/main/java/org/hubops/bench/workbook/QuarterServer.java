package org.hubops.bench.workbook;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.dropwizard.jackson.Jackson;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Iterator;
import org.hubops.model.report.QuarterlyDataset;
import org.hubops.model.report.SessionLine;

/**
 * Stands in for the service's two quarterly report endpoints with the benchmark's national quarter,
 * so that the real CLI can be timed end to end (JSON over HTTP into the workbook) without a
 * database holding 300,000 sessions: {@code java -cp hub-bench.jar
 * org.hubops.bench.workbook.QuarterServer 8089 300000}, then {@code
 * HUBOPS_SERVER=http://localhost:8089 bin/hubops report quarterly --year 2026 --quarter 3 -o
 * q.xlsx}.
 */
public final class QuarterServer {

  private final ObjectMapper json =
      Jackson.newObjectMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  /** As the service writes lines: one flush at the end, not one per line. */
  private final ObjectWriter lineWriter =
      json.writerFor(SessionLine.class).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

  private final SyntheticQuarter quarter = new SyntheticQuarter(6_000);
  private final int rows;
  private final QuarterlyDataset dataset;

  private QuarterServer(int rows) {
    this.rows = rows;
    this.dataset = quarter.national(rows);
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: QuarterServer PORT ROWS");
      System.exit(2);
    }
    QuarterServer quarter = new QuarterServer(Integer.parseInt(args[1]));
    HttpServer http = HttpServer.create(new InetSocketAddress(Integer.parseInt(args[0])), 0);
    http.createContext("/api/v1/reports/quarterly", quarter::answer);
    http.start();
    System.out.printf("Serving %,d session lines on port %s%n", quarter.rows, args[0]);
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        if (exchange.getRequestURI().getPath().endsWith("/sessions")) {
          writeLines(out);
        } else {
          json.writeValue(out, dataset);
        }
      }
    }
  }

  /** One array, written line by line as the service streams it. */
  private void writeLines(OutputStream out) throws IOException {
    try (JsonGenerator array = json.getFactory().createGenerator(out)) {
      array.writeStartArray();
      for (Iterator<SessionLine> lines = quarter.lines(rows); lines.hasNext(); ) {
        lineWriter.writeValue(array, lines.next());
      }
      array.writeEndArray();
    }
  }
}
