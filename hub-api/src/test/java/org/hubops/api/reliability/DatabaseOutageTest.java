package org.hubops.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.OwnPostgres;
import org.hubops.api.testing.TestService;
import org.hubops.model.Kyiv;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Session;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL is killed while coordinators log sessions, then started again. While it is down every
 * request answers 503 problem+json within seconds and the health check says unhealthy; once it is
 * back the service recovers by itself; every acknowledged session is stored once, and those not
 * acknowledged, sent again with the same id, are stored once too. Runs the service from the real
 * {@code config/hub-api-postgres.yml}, whose pool settings make this work.
 */
class DatabaseOutageTest {

  private static final int CLIENTS = 3;
  private static final long FAST_MILLIS = 3_000;
  private static final LocalDate DAY = LocalDate.now(Kyiv.ZONE).minusDays(1);

  /** One coordinator's attempt: the session id, what came back (0: no answer), how long. */
  private record Attempt(UUID id, int status, long millis, boolean whileDown) {}

  @Test
  void writesDuringAnOutageAreRefusedFastAndNothingAcknowledgedIsLostOrDoubled() throws Exception {
    try (OwnPostgres postgres = OwnPostgres.start()) {
      TestService service = service(postgres);
      try {
        run(service, postgres);
      } finally {
        service.stop();
      }
    }
  }

  private void run(TestService service, OwnPostgres postgres) throws Exception {
    Api api = service.api();
    Hub hub = Fixtures.createHub(api);
    String sessions = "/api/v1/hubs/" + hub.id() + "/sessions/";
    AtomicBoolean down = new AtomicBoolean();
    AtomicBoolean stop = new AtomicBoolean();
    ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
    AtomicInteger numbers = new AtomicInteger();
    List<Thread> clients =
        IntStream.range(0, CLIENTS)
            .mapToObj(
                client -> {
                  Thread thread =
                      new Thread(() -> logSessions(api, sessions, numbers, down, stop, attempts));
                  thread.start();
                  return thread;
                })
            .toList();

    Thread.sleep(2_000);
    postgres.crash();
    down.set(true);
    long crashedAt = System.nanoTime();
    Thread.sleep(1_500);
    ApiResponse health = new Api("http://localhost:" + service.adminPort()).get("/healthcheck");
    Thread.sleep(2_500);
    long downMillis = (System.nanoTime() - crashedAt) / 1_000_000;
    postgres.up();
    long restartedAt = System.nanoTime();
    down.set(false);
    long recoveryMillis = waitForRecovery(api, sessions, restartedAt);
    Thread.sleep(1_500);
    stop.set(true);
    for (Thread client : clients) {
      client.join(30_000);
    }

    // Coordinators send again, with the same id, what was never acknowledged.
    List<Attempt> unanswered = attempts.stream().filter(a -> !ok(a.status())).toList();
    for (Attempt attempt : unanswered) {
      ApiResponse retry = api.put(sessions + attempt.id(), session(attempt.id()));
      assertThat(retry.status()).as(retry.toString()).isIn(200, 201);
    }

    List<Attempt> duringOutage = attempts.stream().filter(Attempt::whileDown).toList();
    assertThat(health.status()).isEqualTo(500);
    assertThat(health.body()).contains("\"database\"").contains("\"healthy\":false");
    assertThat(attempts).allSatisfy(a -> assertThat(a.status()).isIn(0, 200, 201, 503));
    assertThat(duringOutage).isNotEmpty();
    assertThat(duringOutage).allSatisfy(a -> assertThat(a.millis()).isLessThan(FAST_MILLIS));
    assertThat(recoveryMillis).isLessThan(15_000);

    Set<UUID> sent = ConcurrentHashMap.newKeySet();
    attempts.forEach(a -> sent.add(a.id()));
    Jdbi jdbi = Jdbi.create(postgres.url(), "postgres", "");
    Map<String, Long> stored =
        jdbi.withHandle(
            h ->
                h
                    .createQuery(
                        "select cast(id as varchar(36)) as id, count(*) from session where deleted_at is null group by id")
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                    .list()
                    .stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    long acknowledged = attempts.stream().filter(a -> ok(a.status())).count();
    assertThat(stored.keySet())
        .containsExactlyInAnyOrderElementsOf(sent.stream().map(UUID::toString).toList());
    assertThat(stored.values()).containsOnly(1L);
    assertThat(api.get(sessions + "?size=1").json().path("total").asLong()).isEqualTo(sent.size());

    long max503 =
        duringOutage.stream()
            .filter(a -> a.status() == 503)
            .mapToLong(Attempt::millis)
            .max()
            .orElse(0);
    record(
        attempts.size(),
        acknowledged,
        unanswered.size(),
        duringOutage,
        max503,
        downMillis,
        recoveryMillis,
        stored.size());
  }

  private static void logSessions(
      Api api,
      String sessions,
      AtomicInteger numbers,
      AtomicBoolean down,
      AtomicBoolean stop,
      ConcurrentLinkedQueue<Attempt> attempts) {
    while (!stop.get()) {
      UUID id = new UUID(0xC0FFEEL, numbers.incrementAndGet());
      boolean whileDown = down.get();
      long start = System.nanoTime();
      int status;
      try {
        ApiResponse answer = api.put(sessions + id, session(id));
        status = answer.status();
        if (status == 503) {
          assertThat(answer.contentType()).startsWith("application/problem+json");
        }
      } catch (UncheckedIOException e) {
        status = 0;
      }
      attempts.add(new Attempt(id, status, (System.nanoTime() - start) / 1_000_000, whileDown));
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Milliseconds from the restart until a write goes through again. */
  private static long waitForRecovery(Api api, String sessions, long restartedAt)
      throws InterruptedException {
    while (System.nanoTime() - restartedAt < 30_000_000_000L) {
      UUID probe = UUID.randomUUID();
      if (ok(api.put(sessions + probe, session(probe)).status())) {
        api.delete(sessions + probe);
        return (System.nanoTime() - restartedAt) / 1_000_000;
      }
      Thread.sleep(100);
    }
    return Long.MAX_VALUE;
  }

  /** A new session of yesterday, titled by its id (CrashRecoveryIT logs the same). */
  static Session session(UUID id) {
    Session base = Fixtures.session(DAY, 2);
    return new Session(
        null,
        null,
        base.date(),
        base.startTime(),
        base.durationMinutes(),
        base.kind(),
        base.format(),
        "Під час збою " + id,
        base.topics(),
        base.trainer(),
        null,
        List.of(),
        base.attendees(),
        null,
        null,
        null);
  }

  private static boolean ok(int status) {
    return status == 200 || status == 201;
  }

  private static TestService service(OwnPostgres postgres) {
    return TestService.dedicated(
        Path.of("..", "config", "hub-api-postgres.yml").toString(),
        ConfigOverride.config("database.url", postgres.url()),
        ConfigOverride.config("database.user", "postgres"),
        ConfigOverride.config("database.password", ""),
        ConfigOverride.config("migrateOnStart", "true"),
        ConfigOverride.config("server.applicationConnectors[0].port", "0"),
        ConfigOverride.config("server.adminConnectors[0].port", "0"),
        ConfigOverride.config("server.requestLog.appenders[0].threshold", "OFF"),
        ConfigOverride.config("logging.level", "ERROR"));
  }

  private static void record(
      int requests,
      long acknowledged,
      int retried,
      List<Attempt> duringOutage,
      long max503,
      long downMillis,
      long recoveryMillis,
      int stored)
      throws IOException {
    Path file = Path.of("target", "reliability", "outage.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        String.join(
            "\n",
            "requests=" + requests,
            "acknowledged=" + acknowledged,
            "unacknowledgedRetried=" + retried,
            "requestsWhileDown=" + duringOutage.size(),
            "max503Millis=" + max503,
            "downMillis=" + downMillis,
            "recoveryMillis=" + recoveryMillis,
            "sessionsStoredOnce=" + stored,
            ""),
        StandardCharsets.UTF_8);
  }
}
