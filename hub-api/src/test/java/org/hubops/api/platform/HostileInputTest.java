package org.hubops.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.RawHttp;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Kyiv;
import org.hubops.model.Role;
import org.hubops.model.rest.Account;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Login;
import org.hubops.model.rest.Session;
import org.junit.jupiter.api.Test;

/**
 * A property of the whole API: whatever arrives at a write endpoint, the answer is never a 5xx, and
 * every 4xx is problem+json whose {@code status} is the HTTP status. Thousands of generated,
 * mutated requests ({@link HostileRequests}) go to the running service on both databases.
 *
 * <p>Repeat a failing run with {@code -Dhubops.hostile.seed=N}; {@code -Dhubops.hostile.tries=N}
 * sets how many requests each database gets at most. The figures of the last run are written to
 * {@code target/reliability/hostile-input.txt}.
 */
class HostileInputTest {

  private static final long SEED = Long.getLong("hubops.hostile.seed", System.nanoTime());
  private static final int TRIES = Integer.getInteger("hubops.hostile.tries", 1500);

  /**
   * The run stops early when this is spent, so that it stays within a minute on a busy machine with
   * two cores; it must still have sent {@link #MIN_REQUESTS}.
   */
  private static final long BUDGET_NANOS = 60_000_000_000L;

  private static final int MIN_REQUESTS = 500;

  /** The records a service's paths name, so that mutations meet real rows as well as none. */
  private record Targets(RawHttp http, String bearer, String cookie, Map<String, String> ids) {

    String fill(String target) {
      String filled = target;
      for (Map.Entry<String, String> id : ids.entrySet()) {
        filled = filled.replace(id.getKey(), id.getValue());
      }
      return filled;
    }
  }

  @Test
  void noRequestGetsA5xxAndEveryRefusalIsProblemJson() throws IOException {
    List<Targets> services = new ArrayList<>();
    for (TestDatabase database : TestDatabase.values()) {
      services.add(targets(database));
    }
    HostileRequests requests = new HostileRequests(SEED);
    Map<Integer, Integer> statuses = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    long start = System.nanoTime();
    int sent = 0;
    for (int i = 0; i < TRIES && System.nanoTime() - start < BUDGET_NANOS; i++) {
      HostileRequests.Request request = requests.next();
      for (Targets service : services) {
        RawHttp.Response answer = send(service, request);
        sent++;
        statuses.merge(answer.status(), 1, Integer::sum);
        String fault = fault(answer);
        if (fault != null && failures.size() < 20) {
          failures.add("try " + i + ": " + request.describe() + "\n  -> " + fault);
        }
      }
    }
    long seconds = (System.nanoTime() - start) / 1_000_000_000;
    record(sent, seconds, statuses);

    assertThat(failures).as("seed %d (-Dhubops.hostile.seed=%d)", SEED, SEED).isEmpty();
    assertThat(sent).isGreaterThanOrEqualTo(Math.min(MIN_REQUESTS, TRIES * services.size()));
  }

  /**
   * Hostile headers, query strings and page routes, each sent to both databases: the API answers a
   * refusal as problem+json, a page as an HTML page, and neither ever with a 5xx. A NUL in a query
   * parameter, which PostgreSQL cannot compare with, is a 422 on every route.
   */
  @Test
  void hostileHeadersQueriesAndPageRoutesAreAnsweredWithoutA5xx() {
    List<String> failures = new ArrayList<>();
    for (TestDatabase database : TestDatabase.values()) {
      Targets service = targets(database);
      for (HostileRequests.Probe probe : HostileRequests.probes()) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(probe.headers());
        if (probe.page()) {
          headers.merge("Cookie", service.cookie(), (own, session) -> session + "; " + own);
        } else {
          headers.put("Authorization", service.bearer());
        }
        RawHttp.Response answer =
            service.http().send("GET", service.fill(probe.target()), headers, null);
        String fault = probe.page() ? pageFault(answer) : fault(answer);
        if (fault == null && probe.expected() != 0 && answer.status() != probe.expected()) {
          fault = "expected " + probe.expected() + ", got " + answer;
        }
        if (fault != null) {
          failures.add(database + " " + probe.describe() + "\n  -> " + fault);
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  /** What is wrong with a page's answer, or null: a refusal is a page a person can read. */
  private static String pageFault(RawHttp.Response answer) {
    if (answer.status() >= 500) {
      return "server error " + answer;
    }
    if (answer.status() >= 400 && !answer.contentType().startsWith("text/html")) {
      return "not an HTML page: " + answer;
    }
    return null;
  }

  private static RawHttp.Response send(Targets service, HostileRequests.Request request) {
    // As the admin, so every request gets past the door and reaches the code under test.
    Map<String, String> headers =
        request.body() == null
            ? Map.of("Authorization", service.bearer())
            : Map.of("Content-Type", request.contentType(), "Authorization", service.bearer());
    return service
        .http()
        .send(request.method(), service.fill(request.target()), headers, request.body());
  }

  /** What is wrong with an answer, or null when it keeps the promise. */
  private static String fault(RawHttp.Response answer) {
    if (answer.status() >= 500) {
      return "server error " + answer;
    }
    if (answer.status() < 400) {
      return null;
    }
    if (answer.status() == 401) {
      return "stopped at the door, the input was never judged: " + answer;
    }
    if (!answer.contentType().startsWith("application/problem+json")) {
      return "not problem+json: " + answer;
    }
    try {
      JsonNode problem = Api.JSON.readTree(answer.body());
      return problem.path("status").asInt() == answer.status() ? null : "status differs: " + answer;
    } catch (IOException e) {
      return "problem is not JSON: " + answer;
    }
  }

  private static Targets targets(TestDatabase database) {
    TestService service = TestService.on(database);
    Api api = service.api();
    Hub hub = Fixtures.createHub(api);
    String base = "/api/v1/hubs/" + hub.id();
    Session session =
        api.post(base + "/sessions", Fixtures.session(LocalDate.now(Kyiv.ZONE).minusDays(3), 2))
            .as(Session.class);
    String participant =
        Fixtures.createParticipant(api, hub, Fixtures.participant("FUZZ-1")).id().toString();
    String equipment =
        Fixtures.createEquipment(api, hub, Fixtures.equipment("FUZZ-1")).id().toString();
    int port = Integer.parseInt(api.base().substring(api.base().lastIndexOf(':') + 1));
    Account admin = service.addAccount(Role.ADMIN);
    String cookie =
        service
            .anonymous()
            .post("/api/v1/login", new Login(admin.username(), Fixtures.PASSWORD))
            .header("Set-Cookie")
            .orElseThrow()
            .split(";", 2)[0];
    return new Targets(
        new RawHttp(port),
        "Bearer " + service.adminToken(),
        cookie,
        Map.of(
            "{hub}",
            hub.id().toString(),
            "{session}",
            session.id().toString(),
            "{participant}",
            participant,
            "{equipment}",
            equipment));
  }

  private static void record(int sent, long seconds, Map<Integer, Integer> statuses)
      throws IOException {
    Path file = Path.of("target", "reliability", "hostile-input.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "seed="
            + SEED
            + "\nrequests="
            + sent
            + "\nseconds="
            + seconds
            + "\nstatuses="
            + statuses
            + "\n",
        StandardCharsets.UTF_8);
  }
}
