package org.hubops.bench.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.dropwizard.jackson.Jackson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.hubops.model.AgeBand;
import org.hubops.model.Gender;
import org.hubops.model.Kyiv;
import org.hubops.model.SessionFormat;
import org.hubops.model.SessionKind;
import org.hubops.model.rest.Attendee;
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
 * Every answer must be 201; anything else is counted and printed as a failure.
 */
public final class LoggingLoad {

  private static final ObjectMapper JSON =
      Jackson.newObjectMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final HttpClient http;
  private final String base;
  private final String token;
  private final List<String> hubs;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicLong failures = new AtomicLong();

  private LoggingLoad(String base, String token, ExecutorService executor) throws Exception {
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(executor)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    this.base = base;
    this.token = token;
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
                    check(http.send(request(), HttpResponse.BodyHandlers.ofString()));
                  } catch (Exception e) {
                    failed(e.toString());
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
          http.sendAsync(request(), HttpResponse.BodyHandlers.ofString())
              .handle(
                  (response, error) -> {
                    latencies.add(System.nanoTime() - due);
                    if (error != null) {
                      failed(error.toString());
                    } else {
                      check(response);
                    }
                    return null;
                  }));
    }
    CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    return latencies;
  }

  private HttpRequest request() {
    String hub = hubs.get(Math.floorMod(next.getAndIncrement(), hubs.size()));
    try {
      return HttpRequest.newBuilder(URI.create(base + "/api/v1/hubs/" + hub + "/sessions"))
          .header("Authorization", "Bearer " + token)
          .header("Content-Type", "application/json")
          .timeout(Duration.ofSeconds(30))
          .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(session())))
          .build();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A group class of ten: what a coordinator logs most often. */
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

  private void check(HttpResponse<String> response) {
    if (response.statusCode() != 201) {
      failed(response.statusCode() + " " + response.body());
    }
  }

  private void failed(String what) {
    if (failures.incrementAndGet() <= 5) {
      System.err.println("failed: " + what);
    }
  }

  private List<String> activeHubs() throws Exception {
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/hubs?status=ACTIVE&size=500"))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (page.statusCode() != 200) {
      throw new IllegalStateException("Cannot list hubs: " + page.statusCode() + " " + page.body());
    }
    List<String> ids = new ArrayList<>();
    for (JsonNode hub : JSON.readTree(page.body()).path("items")) {
      ids.add(hub.path("id").asText());
    }
    if (ids.isEmpty()) {
      throw new IllegalStateException("No active hub to log sessions into");
    }
    return ids;
  }
}
