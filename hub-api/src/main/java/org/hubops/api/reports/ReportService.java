package org.hubops.api.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hubops.model.Kyiv;
import org.hubops.model.Language;
import org.hubops.model.Quarter;
import org.hubops.model.report.EquipmentDataset;
import org.hubops.model.report.HubDataset;
import org.hubops.model.report.HubRef;
import org.hubops.model.report.QuarterlyDataset;
import org.hubops.model.report.ReportStatus;
import org.hubops.model.report.SessionLine;
import org.hubops.reports.EquipmentWorkbook;
import org.hubops.reports.HubWorkbook;
import org.hubops.reports.QuarterlyWorkbook;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.ResultIterator;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Makes reports: datasets as records, workbooks and session detail written to a stream. Each report
 * reads in one repeatable-read transaction, so a workbook's sheets agree with each other even while
 * hubs keep logging; the session detail streams from a cursor inside that transaction.
 */
public final class ReportService {

  private final Jdbi jdbi;
  private final Clock clock;
  private final ObjectWriter lineWriter;
  private final ObjectMapper json;

  public ReportService(Jdbi jdbi, Clock clock, ObjectMapper json) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.json = json;
    // One flush at the end, not one per line: a national quarter is 300,000 lines.
    this.lineWriter =
        json.writerFor(SessionLine.class).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
  }

  /** Today in Kyiv: quarters and ranges that begin later cannot be reported on. */
  LocalDate today() {
    return Kyiv.today(clock);
  }

  /**
   * The dataset of a quarter for the country or one oblast, without the session detail: the one
   * frozen when the quarter was locked, else read now.
   */
  public QuarterlyDataset quarterly(Quarter quarter, String oblast) {
    return jdbi.inTransaction(
        TransactionIsolationLevel.REPEATABLE_READ, handle -> quarterly(handle, quarter, oblast));
  }

  private QuarterlyDataset quarterly(Handle handle, Quarter quarter, String oblast) {
    return handle
        .attach(FrozenDatasetDao.class)
        .find(quarter.year(), quarter.quarter(), frozenScope(oblast))
        .map(this::thawed)
        .orElseGet(() -> new Datasets(handle).quarterly(quarter, oblast, clock.instant(), today()));
  }

  /**
   * Freezes the datasets of {@code quarter} (the country's and every oblast's) as they are read on
   * {@code handle}, marked {@code status}: from now on every report of the quarter shows these.
   * Call it in the transaction that locks the quarter.
   */
  public void freeze(Handle handle, Quarter quarter, ReportStatus status) {
    FrozenDatasetDao frozen = handle.attach(FrozenDatasetDao.class);
    frozen.deleteAll(quarter.year(), quarter.quarter());
    Datasets datasets = new Datasets(handle);
    List<String> scopes = new ArrayList<>();
    scopes.add(null);
    datasets.oblasts(null).forEach(o -> scopes.add(o.code()));
    for (String oblast : scopes) {
      QuarterlyDataset dataset =
          datasets.quarterly(quarter, oblast, clock.instant(), today()).withStatus(status);
      frozen.insert(quarter.year(), quarter.quarter(), frozenScope(oblast), frozen(dataset));
    }
  }

  /** Forgets the frozen datasets of a quarter that was unlocked. */
  public void thaw(Handle handle, Quarter quarter) {
    handle.attach(FrozenDatasetDao.class).deleteAll(quarter.year(), quarter.quarter());
  }

  private static String frozenScope(String oblast) {
    return oblast == null ? "" : oblast;
  }

  private String frozen(QuarterlyDataset dataset) {
    try {
      return json.writeValueAsString(dataset);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A dataset could not be written as JSON", e);
    }
  }

  private QuarterlyDataset thawed(String text) {
    try {
      return json.readValue(text, QuarterlyDataset.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A frozen dataset could not be read", e);
    }
  }

  void writeQuarterly(Quarter quarter, String oblast, Language language, OutputStream out)
      throws IOException {
    ReportScope scope = ReportScope.of(quarter.firstDay(), quarter.lastDay(), oblast);
    jdbi.useTransaction(
        TransactionIsolationLevel.REPEATABLE_READ,
        handle -> {
          QuarterlyDataset dataset = quarterly(handle, quarter, oblast);
          try (ResultIterator<SessionLine> lines = SessionLines.stream(handle, scope)) {
            new QuarterlyWorkbook(language).write(dataset, lines, out);
          }
        });
  }

  HubDataset hub(HubRef hub, ReportScope scope) {
    return jdbi.inTransaction(
        TransactionIsolationLevel.REPEATABLE_READ,
        handle -> new Datasets(handle).hub(hub, scope, clock.instant()));
  }

  void writeHub(HubRef hub, ReportScope scope, Language language, OutputStream out)
      throws IOException {
    jdbi.useTransaction(
        TransactionIsolationLevel.REPEATABLE_READ,
        handle -> {
          HubDataset dataset = new Datasets(handle).hub(hub, scope, clock.instant());
          try (ResultIterator<SessionLine> lines = SessionLines.stream(handle, scope)) {
            new HubWorkbook(language).write(dataset, lines, out);
          }
        });
  }

  EquipmentDataset equipment(String oblast) {
    return jdbi.inTransaction(
        TransactionIsolationLevel.REPEATABLE_READ,
        handle -> {
          Datasets datasets = new Datasets(handle);
          return datasets.equipment(oblast, today(), datasets.oblasts(oblast));
        });
  }

  void writeEquipment(String oblast, Language language, OutputStream out) throws IOException {
    new EquipmentWorkbook(language).write(equipment(oblast), out);
  }

  /** The session lines of {@code scope} as one JSON array, written as they are read. */
  void writeSessionLines(ReportScope scope, OutputStream out) throws IOException {
    jdbi.useTransaction(
        TransactionIsolationLevel.REPEATABLE_READ,
        handle -> {
          try (ResultIterator<SessionLine> lines = SessionLines.stream(handle, scope);
              JsonGenerator json = lineWriter.getFactory().createGenerator(out)) {
            json.writeStartArray();
            while (lines.hasNext()) {
              lineWriter.writeValue(json, lines.next());
            }
            json.writeEndArray();
          }
        });
  }
}
