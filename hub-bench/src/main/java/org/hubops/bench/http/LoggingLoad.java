package org.hubops.bench.http;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.hubops.client.HubClient;
import org.hubops.client.HubClientException;
import org.hubops.model.AgeBand;
import org.hubops.model.Gender;
import org.hubops.model.HubStatus;
import org.hubops.model.Kyiv;
import org.hubops.model.SessionFormat;
import org.hubops.model.SessionKind;
import org.hubops.model.rest.Attendee;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Session;

/**
 * {@code LoggingLoad URL TOKEN SECONDS RATE CLIENTS,...}: sessions of ten people logged over HTTP,
 * as coordinators' browsers and programs send them, into a running service. After a warm-up:
 *
 * <ol>
 *   <li>as fast as each number of {@code CLIENTS} can, each client waiting for its answer
 *       (sustained throughput; more clients than cores is not always faster);
 *   <li>at a steady {@code RATE} per second, each request sent on schedule whether or not earlier
 *       ones have finished, its latency counted from when it was due (so a stall is not hidden by
 *       the requests it delays).
 * </ol>
 *
 * Every answer must be a success (201 Created); a refusal (hub-client's ProblemException) or a
 * broken request is counted and printed as a failure.
 */
public final class LoggingLoad {

  private final HubClient client;
  private final List<UUID> hubs;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicLong failures = new AtomicLong();

  private LoggingLoad(String base, String token, ExecutorService executor) {
    this.client =
        HubClient.to(URI.create(base))
            .token(token)
            .http11()
            .executor(executor)
            .connectTimeout(Duration.ofSeconds(5))
            .requestTimeout(Duration.ofSeconds(30))
            .build();
    this.hubs = activeHubs();
  }

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String token = args[1];
    int seconds = Integer.parseInt(args[2]);
    int rate = Integer.parseInt(args[3]);
    int[] clients = Arrays.stream(args[4].split(",")).mapToInt(Integer::parseInt).toArray();
    int threads = Arrays.stream(clients).max().orElse(1);
    ExecutorService executor = Executors.newFixedThreadPool(threads + 4);
    try {
      LoggingLoad load = new LoggingLoad(base, token, executor);
      System.out.printf("Logging into %d hubs of %s%n", load.hubs.size(), base);
      load.closedLoop(threads, Math.max(5, seconds / 3)); // warm-up: JIT, pools, caches
      for (int count : clients) {
        Latencies flat = load.closedLoop(count, seconds);
        System.out.printf(
            "throughput: %d clients, %.0f sessions/s sustained over %d s; p50 %.1f ms, p99 %.1f ms%n",
            count,
            flat.count() / (double) seconds,
            seconds,
            flat.percentile(50),
            flat.percentile(99));
      }
      Latencies steady = load.openLoop(rate, seconds);
      System.out.printf(
          "steady: %d sessions/s for %d s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
          rate,
          seconds,
          steady.percentile(50),
          steady.percentile(95),
          steady.percentile(99),
          steady.percentile(100));
      System.out.printf("failures: %d%n", load.failures.get());
    } finally {
      executor.shutdownNow();
    }
    System.exit(0);
  }

  private Latencies closedLoop(int clients, int seconds) throws InterruptedException {
    Latencies latencies = new Latencies();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      Thread worker =
          new Thread(
              () -> {
                while (System.nanoTime() < end) {
                  long start = System.nanoTime();
                  try {
                    client.logSession(nextHub(), SESSION);
                  } catch (HubClientException e) {
                    failed(e.getMessage());
                  }
                  latencies.add(System.nanoTime() - start);
                }
              });
      worker.start();
      workers.add(worker);
    }
    for (Thread worker : workers) {
      worker.join();
    }
    return latencies;
  }

  private Latencies openLoop(int rate, int seconds) throws Exception {
    Latencies latencies = new Latencies();
    List<CompletableFuture<?>> sent = new ArrayList<>();
    long interval = TimeUnit.SECONDS.toNanos(1) / rate;
    long first = System.nanoTime();
    for (int i = 0; i < rate * seconds; i++) {
      long due = first + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      sent.add(
          client
              .logSessionAsync(nextHub(), SESSION)
              .handle(
                  (logged, error) -> {
                    latencies.add(System.nanoTime() - due);
                    if (error != null) {
                      failed(
                          error.getCause() == null
                              ? error.toString()
                              : error.getCause().getMessage());
                    }
                    return null;
                  }));
    }
    CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    return latencies;
  }

  private UUID nextHub() {
    return hubs.get(Math.floorMod(next.getAndIncrement(), hubs.size()));
  }

  /** A group class of ten: what a coordinator logs most often. */
  private static final Session SESSION = session();

  private static Session session() {
    List<Attendee> people = new ArrayList<>();
    AgeBand[] bands = AgeBand.values();
    for (int i = 0; i < 10; i++) {
      people.add(
          new Attendee(
              null,
              i % 3 == 0 ? Gender.MALE : Gender.FEMALE,
              bands[i % 7],
              i == 1,
              i == 2,
              i == 3));
    }
    return new Session(
        null,
        null,
        Kyiv.today(Clock.systemUTC()),
        LocalTime.of(10, 30),
        90,
        SessionKind.GROUP_CLASS,
        SessionFormat.IN_PERSON,
        "Дія: як отримати е-послуги",
        List.of("E.1", "2.2"),
        null,
        null,
        List.of(),
        people,
        null,
        null,
        null);
  }

  private void failed(String what) {
    if (failures.incrementAndGet() <= 5) {
      System.err.println("failed: " + what);
    }
  }

  private List<UUID> activeHubs() {
    List<UUID> ids = client.hubs(HubStatus.ACTIVE, 0, 500).items().stream().map(Hub::id).toList();
    if (ids.isEmpty()) {
      throw new IllegalStateException("No active hub to log sessions into");
    }
    return ids;
  }
}
