package org.hubops.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.db.DataSourceFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.ServiceProcess;
import org.hubops.api.testing.TestDatabase;
import org.hubops.model.rest.Hub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, as an operator runs it, killed with {@code kill -9} while coordinators log
 * sessions: after a restart on the same data every session that was answered 201 is there, once. An
 * integration test (failsafe, after {@code package}) so that it always runs the jar just built,
 * from the shipped configurations.
 *
 * <p>{@code -Dhubops.crash.writers=N} and {@code -Dhubops.crash.seconds=S} change the load (the
 * cost of durability in docs/reliability.md was measured with 8 writers); the figures of each run
 * are in {@code target/reliability/crash-h2.txt} and {@code crash-postgres.txt}.
 */
class CrashRecoveryIT {

  private static final int WRITERS = Integer.getInteger("hubops.crash.writers", 20);
  private static final int SECONDS = Integer.getInteger("hubops.crash.seconds", 4);

  @TempDir Path folder;

  private ServiceProcess service;
  private final Queue<String> surprises = new ConcurrentLinkedQueue<>();

  @AfterEach
  void killWhatIsLeft() {
    if (service != null) {
      service.kill();
    }
  }

  @Test
  void everySessionAcknowledgedOnH2SurvivesAKill() throws Exception {
    crashAndCount("h2", ServiceProcess.CONFIG.resolve("hub-api.yml"), Map.of());
  }

  @Test
  void everySessionAcknowledgedOnPostgresSurvivesAKill() throws Exception {
    DataSourceFactory schema = TestDatabase.POSTGRES.fresh();
    crashAndCount(
        "postgres",
        ServiceProcess.CONFIG.resolve("hub-api-postgres.yml"),
        Map.of(
            "HUBOPS_DB_URL", schema.getUrl(),
            "HUBOPS_DB_USER", schema.getUser(),
            "HUBOPS_MIGRATE_ON_START", "true"));
  }

  private void crashAndCount(String label, Path config, Map<String, String> database)
      throws Exception {
    service = new ServiceProcess(config, folder, database).start();
    Api api = service.api();
    Hub hub = Fixtures.createHub(api);
    String sessions = "/api/v1/hubs/" + hub.id() + "/sessions/";

    Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicInteger sent = new AtomicInteger();
    AtomicBoolean killed = new AtomicBoolean();
    List<Thread> writers = new ArrayList<>();
    for (int i = 0; i < WRITERS; i++) {
      Thread writer =
          new Thread(() -> write(api, sessions, sent, acknowledged, killed), "writer-" + i);
      writer.start();
      writers.add(writer);
    }
    // Warm up first (on a busy machine the first answers take seconds), then kill while the
    // writers are in full flow.
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (acknowledged.size() < WRITERS && System.nanoTime() < deadline && surprises.isEmpty()) {
      Thread.sleep(50);
    }
    int warm = acknowledged.size();
    long started = System.nanoTime();
    Thread.sleep(SECONDS * 1_000L);
    service.kill();
    double seconds = (System.nanoTime() - started) / 1e9;
    killed.set(true);
    for (Thread writer : writers) {
      writer.join(40_000);
    }
    Set<UUID> answered = Set.copyOf(acknowledged);

    service.start();
    Map<UUID, Integer> stored = storedSessions(api, sessions);
    long found = answered.stream().filter(stored::containsKey).count();
    record(
        label,
        answered.size(),
        sent.get(),
        found,
        stored.size(),
        (answered.size() - warm) / seconds);

    assertThat(surprises).as("answers other than 201 to new sessions").isEmpty();
    assertThat(answered).as("sessions answered 201 before the kill").hasSizeGreaterThan(WRITERS);
    assertThat(stored.keySet())
        .as("of %d acknowledged sessions, found after the restart", answered.size())
        .containsAll(answered);
    assertThat(stored.values()).as("each session stored once").containsOnly(1);
  }

  /** A coordinator logging new sessions with ids of its own, until the service dies. */
  private void write(
      Api api, String sessions, AtomicInteger sent, Set<UUID> acknowledged, AtomicBoolean killed) {
    while (!killed.get()) {
      UUID id = UUID.randomUUID();
      sent.incrementAndGet();
      try {
        ApiResponse answer = api.put(sessions + id, DatabaseOutageTest.session(id));
        if (answer.status() != 201) {
          surprises.add(answer.toString());
          return;
        }
        // Answered before the process died (the kill comes before `killed` is set): a promise.
        acknowledged.add(id);
      } catch (UncheckedIOException e) {
        // The service was killed with the request in flight: no answer, no promise.
        return;
      }
    }
  }

  /** How many times each session of the hub is listed. */
  private static Map<UUID, Integer> storedSessions(Api api, String sessions) {
    Map<UUID, Integer> stored = new HashMap<>();
    for (int page = 0; ; page++) {
      ApiResponse answer = api.get(sessions + "?size=500&page=" + page);
      assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
      var items = answer.json().path("items");
      items.forEach(
          item -> stored.merge(UUID.fromString(item.path("id").asText()), 1, Integer::sum));
      if (items.size() < 500) {
        return stored;
      }
    }
  }

  private static void record(
      String label, int acknowledged, int sent, long found, int stored, double perSecond)
      throws IOException {
    Path file = Path.of("target", "reliability", "crash-" + label + ".txt");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        String.join(
            "\n",
            "database: " + label,
            "writers: "
                + WRITERS
                + ", killed "
                + SECONDS
                + " s after the first "
                + WRITERS
                + " answers",
            "requests sent: " + sent,
            "answered 201: " + acknowledged,
            String.format("acknowledged per second: %.1f", perSecond),
            "of those found after the restart: " + found,
            "sessions stored: " + stored,
            ""),
        StandardCharsets.UTF_8);
  }
}
