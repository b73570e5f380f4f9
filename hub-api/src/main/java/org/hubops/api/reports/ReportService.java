package org.hubops.api.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.hubops.api.equipment.EquipmentFigures;
import org.hubops.model.Kyiv;
import org.hubops.model.Language;
import org.hubops.model.Quarter;
import org.hubops.model.report.Completeness;
import org.hubops.model.report.Glance;
import org.hubops.model.report.HubDataset;
import org.hubops.model.report.HubRef;
import org.hubops.model.report.QuarterlyDataset;
import org.hubops.model.report.ReportStatus;
import org.hubops.model.report.ReportStream;
import org.hubops.model.report.SessionLine;
import org.hubops.model.rest.Hub;
import org.hubops.reports.HubWorkbook;
import org.hubops.reports.QuarterlyWorkbook;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.ResultIterator;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Makes reports: datasets as records, workbooks and session detail written to a stream. Each report
 * reads in one repeatable-read transaction, so a workbook's sheets agree with each other even while
 * hubs keep logging; the session detail streams from a cursor inside that transaction.
 */
public final class ReportService {

  private final CompletenessSource completeness;
  private final EquipmentFigures equipment;

  private final Jdbi jdbi;
  private final Clock clock;
  private final ObjectWriter lineWriter;
  private final ObjectWriter valueWriter;

  /**
   * Run by a report stream between its two halves, after the lines and before the dataset is read;
   * nothing but a test sets it, to log a session there and show the halves still agree.
   */
  private volatile Runnable betweenHalves = () -> {};

  private final ObjectMapper json;

  private final FrozenCopies frozenCopies = new FrozenCopies();

  /** Reads beside a report's own, on its snapshot (PostgreSQL). */
  private final Alongside alongside;

  public ReportService(Jdbi jdbi, Clock clock, ObjectMapper json) {
    this(
        jdbi,
        clock,
        json,
        CompletenessSource.NONE,
        new EquipmentFigures(EquipmentFigures.DEFAULT_INTERVAL_MONTHS));
  }

  /**
   * Reports whose quarterly datasets carry who has reported, from {@code completeness}, and the
   * equipment figures of {@code equipment}.
   */
  public ReportService(
      Jdbi jdbi,
      Clock clock,
      ObjectMapper json,
      CompletenessSource completeness,
      EquipmentFigures equipment) {
    this.completeness = completeness;
    this.equipment = equipment;
    this.jdbi = jdbi;
    this.clock = clock;
    this.json = json;
    this.alongside = new Alongside(jdbi);
    // One flush at the end, not one per line: a national quarter is 300,000 lines.
    this.lineWriter =
        json.writerFor(SessionLine.class).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    this.valueWriter = json.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
  }

  /** {@code callback} in a repeatable-read transaction of its own: one report's one snapshot. */
  private <R, X extends Exception> R read(HandleCallback<R, X> callback) throws X {
    return jdbi.inTransaction(
        TransactionIsolationLevel.REPEATABLE_READ,
        handle -> {
          customPlans(handle);
          return callback.withHandle(handle);
        });
  }

  private <X extends Exception> void readThen(HandleConsumer<X> consumer) throws X {
    read(
        handle -> {
          consumer.useHandle(handle);
          return null;
        });
  }

  /**
   * On PostgreSQL, a plan for the values each report query is given, never the generic plan the
   * server settles on after a statement's fifth run: the queries say "this oblast, or every one
   * when none" ({@code cast(:oblast as ...) is null or ...}), and the generic plan of that, with
   * the active-hub subqueries, took seconds where the custom one takes milliseconds (issue #15).
   */
  static void customPlans(Handle handle) {
    if (onPostgres(handle)) {
      handle.execute("set local plan_cache_mode = force_custom_plan");
    }
  }

  static boolean onPostgres(Handle handle) {
    try {
      return "PostgreSQL".equals(handle.getConnection().getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new ConnectionException(e);
    }
  }

  /** For tests only: {@code hook} runs between the two halves of every report stream. */
  void betweenHalves(Runnable hook) {
    this.betweenHalves = hook;
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
    return read(handle -> quarterly(handle, quarter, oblast));
  }

  /**
   * The figures (frozen, or read now) with who has reported the quarter as it stands now: a
   * submission made after the lock (a reopened hub) is not part of the frozen figures, but it is
   * part of the answer to "who has reported". Without the coordinators' names, which stay on the
   * staff's own pages.
   */
  private QuarterlyDataset quarterly(Handle handle, Quarter quarter, String oblast) {
    QuarterlyDataset figures =
        frozen(handle, quarter, oblast)
            .orElseGet(
                () ->
                    new Datasets(handle, equipment, alongside)
                        .quarterly(quarter, oblast, clock.instant(), today()));
    Completeness reported = completeness.of(handle, quarter, oblast);
    return reported == null ? figures : figures.withCompleteness(reported.withoutContacts());
  }

  /**
   * The JSON of a locked quarter's dataset, if it is locked: the UTF-8 frozen with it, written out
   * as it is stored rather than read into records (or even a string) and written again (a national
   * dataset is 31 MB) and kept for the next download while it stays frozen, with who has reported
   * as it stands now in place of the frozen null.
   */
  Optional<StreamingOutput> frozenJson(Quarter quarter, String oblast) {
    return read(
        handle -> {
          FrozenDatasetDao dao = handle.attach(FrozenDatasetDao.class);
          String scope = frozenScope(oblast);
          Optional<UUID> freezeId = dao.freezeId(quarter.year(), quarter.quarter(), scope);
          if (freezeId.isEmpty()) {
            return Optional.empty();
          }
          byte[] frozen =
              frozenCopies.of(
                  quarter.year(),
                  quarter.quarter(),
                  scope,
                  freezeId.get(),
                  () -> dao.findUtf8(quarter.year(), quarter.quarter(), scope).orElseThrow());
          Completeness reported = completeness.of(handle, quarter, oblast);
          if (reported == null) {
            return Optional.of(out -> out.write(frozen));
          }
          byte[] tail = NO_COMPLETENESS.getBytes(StandardCharsets.UTF_8);
          if (!endsWith(frozen, tail)) { // frozen in a shape of its own: write it anew
            String text = new String(frozen, StandardCharsets.UTF_8);
            byte[] anew =
                json(thawed(text).withCompleteness(reported.withoutContacts()))
                    .getBytes(StandardCharsets.UTF_8);
            return Optional.of(out -> out.write(anew));
          }
          byte[] completeness =
              ("\"completeness\":" + json(reported.withoutContacts()) + "}")
                  .getBytes(StandardCharsets.UTF_8);
          return Optional.of(
              out -> {
                out.write(frozen, 0, frozen.length - tail.length);
                out.write(completeness);
              });
        });
  }

  private static boolean endsWith(byte[] bytes, byte[] end) {
    return bytes.length >= end.length
        && Arrays.equals(bytes, bytes.length - end.length, bytes.length, end, 0, end.length);
  }

  /** How a frozen dataset ends: its completeness is never frozen. */
  private static final String NO_COMPLETENESS = "\"completeness\":null}";

  /** The dataset frozen when {@code quarter} was locked, if it is. */
  private Optional<QuarterlyDataset> frozen(Handle handle, Quarter quarter, String oblast) {
    return handle
        .attach(FrozenDatasetDao.class)
        .find(quarter.year(), quarter.quarter(), frozenScope(oblast))
        .map(this::thawed);
  }

  /**
   * Freezes the datasets of {@code quarter} (the country's and every oblast's) as they are read on
   * {@code handle}, marked {@code status}: from now on every report of the quarter shows these.
   * Call it in the transaction that locks the quarter.
   */
  public void freeze(Handle handle, Quarter quarter, ReportStatus status) {
    FrozenDatasetDao frozen = handle.attach(FrozenDatasetDao.class);
    frozen.deleteAll(quarter.year(), quarter.quarter());
    Datasets datasets = new Datasets(handle, equipment);
    Instant now = clock.instant();
    UUID freezeId = UUID.randomUUID();
    List<String> scopes = new ArrayList<>();
    scopes.add(null);
    datasets.oblasts(null).forEach(o -> scopes.add(o.code()));
    for (String oblast : scopes) {
      QuarterlyDataset dataset =
          datasets.quarterly(quarter, oblast, now, today()).withStatus(status);
      frozen.insert(
          quarter.year(),
          quarter.quarter(),
          frozenScope(oblast),
          json(dataset),
          json(new Glances(handle).of(dataset)),
          freezeId);
    }
  }

  /** Forgets the frozen datasets of a quarter that was unlocked. */
  public void thaw(Handle handle, Quarter quarter) {
    handle.attach(FrozenDatasetDao.class).deleteAll(quarter.year(), quarter.quarter());
  }

  private static String frozenScope(String oblast) {
    return oblast == null ? "" : oblast;
  }

  private String json(Object frozen) {
    try {
      return json.writeValueAsString(frozen);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A dataset could not be written as JSON", e);
    }
  }

  private QuarterlyDataset thawed(String text) {
    return thawed(text, QuarterlyDataset.class);
  }

  private <T> T thawed(String text, Class<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A frozen " + type.getSimpleName() + " could not be read", e);
    }
  }

  /**
   * The quarter at a glance, as the staff dashboard shows it, for the country or one oblast: frozen
   * with the dataset when the quarter was locked, else read now from the same kept figures as the
   * dataset, without counting people.
   */
  public Glance glance(Quarter quarter, String oblast) {
    return read(
        handle -> {
          FrozenDatasetDao frozen = handle.attach(FrozenDatasetDao.class);
          Optional<String> glance =
              frozen.findGlance(quarter.year(), quarter.quarter(), frozenScope(oblast));
          if (glance.isPresent() && !glance.get().isEmpty()) {
            return thawed(glance.get(), Glance.class);
          }
          if (glance.isPresent()) { // locked before glances were frozen
            return new Glances(handle).of(frozen(handle, quarter, oblast).orElseThrow());
          }
          return new Glances(handle)
              .quarter(
                  quarter,
                  oblast,
                  new Datasets(handle, equipment).oblasts(oblast),
                  Datasets.openStatus(quarter, today()));
        });
  }

  /**
   * A hub's quarter at a glance, as its coordinator's start page shows it: the same figures as the
   * hub's report of the quarter.
   */
  public Glance.Activity hubGlance(UUID hub, Quarter quarter) {
    return jdbi.withHandle(handle -> new Glances(handle).hub(hub, quarter));
  }

  void writeQuarterly(Quarter quarter, String oblast, Language language, OutputStream out)
      throws IOException {
    ReportScope scope = ReportScope.of(quarter.firstDay(), quarter.lastDay(), oblast);
    readThen(
        handle -> {
          QuarterlyDataset dataset = quarterly(handle, quarter, oblast);
          try (ResultIterator<SessionLine> lines = SessionLines.stream(handle, scope)) {
            new QuarterlyWorkbook(language).write(dataset, lines, out);
          }
        });
  }

  private static HubRef ref(Hub hub) {
    return new HubRef(hub.code(), hub.name(), hub.oblast(), hub.settlementType());
  }

  HubDataset hub(Hub hub, ReportScope scope) {
    return read(
        handle ->
            new Datasets(handle, equipment)
                .hub(ref(hub), hub.id(), scope, clock.instant(), today()));
  }

  void writeHub(Hub hub, ReportScope scope, Language language, OutputStream out)
      throws IOException {
    readThen(
        handle -> {
          HubDataset dataset =
              new Datasets(handle, equipment)
                  .hub(ref(hub), hub.id(), scope, clock.instant(), today());
          try (ResultIterator<SessionLine> lines = SessionLines.stream(handle, scope)) {
            new HubWorkbook(language).write(dataset, lines, out);
          }
        });
  }

  /** The session lines of {@code scope} as one JSON array, written as they are read. */
  void writeSessionLines(ReportScope scope, OutputStream out) throws IOException {
    readThen(
        handle -> {
          try (JsonGenerator json = lineWriter.getFactory().createGenerator(out)) {
            writeLines(handle, scope, json);
          }
        });
  }

  /**
   * A quarter as one {@link ReportStream} from one repeatable-read snapshot: the scope's oblasts,
   * then the session lines as they are read, then the dataset. The lines come first so that the
   * client writes them into its workbook while the figures are counted: on PostgreSQL by a second
   * connection that imports this transaction's snapshot ({@code pg_export_snapshot}), so both
   * halves see the same rows; elsewhere after the lines, in the same transaction. Either way the
   * dataset agrees with the lines, whatever was logged meanwhile.
   */
  void writeQuarterlyStream(Quarter quarter, String oblast, OutputStream out) throws IOException {
    ReportScope scope = ReportScope.of(quarter.firstDay(), quarter.lastDay(), oblast);
    readThen(
        handle -> {
          Datasets datasets = new Datasets(handle, equipment);
          Optional<QuarterlyDataset> frozen = frozen(handle, quarter, oblast);
          CompletableFuture<QuarterlyDataset> counted =
              frozen.isPresent() ? null : countAlongside(handle, quarter, oblast);
          try (JsonGenerator json = lineWriter.getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeFieldName(ReportStream.OBLASTS);
            valueWriter.writeValue(json, datasets.oblasts(oblast));
            json.writeFieldName(ReportStream.SESSIONS);
            writeLines(handle, scope, json);
            QuarterlyDataset dataset;
            if (frozen.isPresent()) {
              dataset = frozen.get();
            } else if (counted == null) {
              betweenHalves.run();
              dataset = datasets.quarterly(quarter, oblast, clock.instant(), today());
            } else {
              dataset = counted.join();
            }
            json.writeFieldName(ReportStream.DATASET);
            valueWriter.writeValue(json, dataset);
            json.writeEndObject();
          }
        });
  }

  /**
   * On PostgreSQL, the quarter's dataset counted on a connection of its own that shares the
   * snapshot of {@code handle}'s transaction, started now; elsewhere null (count it after).
   */
  private CompletableFuture<QuarterlyDataset> countAlongside(
      Handle handle, Quarter quarter, String oblast) {
    return alongside.read(
        handle,
        "quarterly-figures",
        figures -> {
          betweenHalves.run();
          return new Datasets(figures, equipment)
              .quarterly(quarter, oblast, clock.instant(), today());
        });
  }

  /**
   * One hub's report as one {@link ReportStream} from one transaction: its dataset first (one hub's
   * is quick to count), then its session lines.
   */
  void writeHubStream(Hub hub, ReportScope scope, OutputStream out) throws IOException {
    readThen(
        handle -> {
          try (JsonGenerator json = lineWriter.getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeFieldName(ReportStream.DATASET);
            valueWriter.writeValue(
                json,
                new Datasets(handle, equipment)
                    .hub(ref(hub), hub.id(), scope, clock.instant(), today()));
            betweenHalves.run();
            json.writeFieldName(ReportStream.SESSIONS);
            writeLines(handle, scope, json);
            json.writeEndObject();
          }
        });
  }

  private void writeLines(Handle handle, ReportScope scope, JsonGenerator json) throws IOException {
    try (ResultIterator<SessionLine> lines = SessionLines.stream(handle, scope)) {
      json.writeStartArray();
      while (lines.hasNext()) {
        lineWriter.writeValue(json, lines.next());
      }
      json.writeEndArray();
    }
  }
}
