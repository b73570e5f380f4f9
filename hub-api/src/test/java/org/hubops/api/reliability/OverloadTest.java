package org.hubops.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.hubops.api.reports.ReportPause;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Role;
import org.hubops.model.rest.Account;
import org.hubops.model.rest.Login;
import org.junit.jupiter.api.Test;

/**
 * Every pooled connection busy is an overload, not an outage: the answer says the service is busy
 * (issue #15, goal 8), with a short Retry-After, while the database is there all along.
 */
class OverloadTest {

  @Test
  void aRequestThatFindsNoFreeConnectionIsToldTheServiceIsBusy() throws Exception {
    TestService service = serviceWithTwoConnections();
    try (ReportPause pause = ReportPause.on(service, 2)) {
      Api admin = service.api();
      List<CompletableFuture<ApiResponse>> reports = holdEveryConnection(admin, pause);

      ApiResponse busy = admin.get("/api/v1/hubs");
      pause.release();

      assertThat(busy.status()).as(busy.toString()).isEqualTo(503);
      assertThat(busy.header("Retry-After")).hasValue("1");
      assertThat(busy.json().path("detail").asText()).contains("busy").doesNotContain("database");
      for (CompletableFuture<ApiResponse> report : reports) {
        assertThat(report.get().status()).isEqualTo(200);
      }
      assertThat(admin.get("/api/v1/hubs").status()).isEqualTo(200);
    } finally {
      service.stop();
    }
  }

  @Test
  void aPageThatFindsNoFreeConnectionSaysTheServiceIsBusyNotThatTheDatabaseIsAway()
      throws Exception {
    TestService service = serviceWithTwoConnections();
    Account olena = service.addAccount(Role.ASSOCIATION);
    String cookie =
        service
            .anonymous()
            .post("/api/v1/login", new Login(olena.username(), Fixtures.PASSWORD))
            .header("Set-Cookie")
            .orElseThrow()
            .split(";", 2)[0];
    Api browser =
        service
            .anonymous()
            .with("Cookie", cookie)
            .with("Accept", "text/html")
            .with("Accept-Language", "uk");
    try (ReportPause pause = ReportPause.on(service, 2)) {
      List<CompletableFuture<ApiResponse>> reports = holdEveryConnection(service.api(), pause);

      ApiResponse busy = browser.get("/hubs");
      pause.release();

      assertThat(busy.status()).isEqualTo(503);
      assertThat(busy.contentType()).startsWith("text/html");
      assertThat(busy.body()).contains("Сервіс зараз перевантажений").doesNotContain("База даних");
      for (CompletableFuture<ApiResponse> report : reports) {
        assertThat(report.get().status()).isEqualTo(200);
      }
    } finally {
      service.stop();
    }
  }

  private static TestService serviceWithTwoConnections() {
    return TestService.start(
        TestDatabase.H2,
        ConfigOverride.config("database.initialSize", "1"),
        ConfigOverride.config("database.minSize", "1"),
        // Two: the migrations at start-up need both.
        ConfigOverride.config("database.maxSize", "2"),
        ConfigOverride.config("database.maxWaitForConnection", "200ms"));
  }

  /** Two report streams, each holding its one transaction, so a connection, at the pause. */
  private static List<CompletableFuture<ApiResponse>> holdEveryConnection(
      Api admin, ReportPause pause) throws InterruptedException {
    List<CompletableFuture<ApiResponse>> reports =
        Stream.generate(
                () ->
                    CompletableFuture.supplyAsync(
                        () -> admin.get("/api/v1/reports/quarterly/stream?year=2025&quarter=4")))
            .limit(2)
            .toList();
    pause.awaitReached();
    return reports;
  }
}
