package org.hubops.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Kyiv;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Session;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * Stopping the service (a deploy, a restart) lets the requests in flight finish: an edit that is
 * still working in the database when the stop begins completes with 200 and is stored.
 */
class GracefulShutdownTest {

  private static final LocalDate DAY = LocalDate.now(Kyiv.ZONE).minusDays(1);

  @Test
  void requestInFlightWhenTheStopBeginsCompletes() throws Exception {
    DataSourceFactory database = TestDatabase.H2.fresh();
    TestService service =
        TestService.dedicated(
            ResourceHelpers.resourceFilePath("test-config.yml"),
            ConfigOverride.config("database.url", database.getUrl()),
            ConfigOverride.config("server.shutdownGracePeriod", "20s"));
    Api api = service.api();
    Hub hub = Fixtures.createHub(api);
    Session stored =
        api.post("/api/v1/hubs/" + hub.id() + "/sessions", Fixtures.session(DAY, 1))
            .as(Session.class);
    ObjectNode edit = Api.JSON.valueToTree(Fixtures.session(DAY, 7));
    edit.put("version", 1);
    Jdbi jdbi = Jdbi.create(database.getUrl(), database.getUser(), database.getPassword());

    ApiResponse answer;
    boolean stopWaited;
    long stopMillis;
    try (Handle lock = jdbi.open()) {
      // Another transaction holds the session's row, so the edit is in flight until it lets go.
      lock.begin();
      lock.execute("update session set notes = 'held' where id = ?", stored.id());
      CompletableFuture<ApiResponse> inFlight =
          CompletableFuture.supplyAsync(
              () -> api.put("/api/v1/hubs/" + hub.id() + "/sessions/" + stored.id(), edit));
      Thread.sleep(1_000);

      long stopStarted = System.nanoTime();
      CompletableFuture<Void> stopping = CompletableFuture.runAsync(service::stop);
      Thread.sleep(1_500);
      stopWaited = !stopping.isDone() && !inFlight.isDone();
      lock.rollback();
      answer = inFlight.get(30, TimeUnit.SECONDS);
      stopping.get(30, TimeUnit.SECONDS);
      stopMillis = (System.nanoTime() - stopStarted) / 1_000_000;
    }

    assertThat(stopWaited).as("the stop waits for the request in flight").isTrue();
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(stopMillis).isLessThan(20_000);
    int attendees =
        jdbi.withHandle(
            h ->
                h.createQuery("select count(*) from attendee where session_id = :id")
                    .bind("id", stored.id())
                    .mapTo(Integer.class)
                    .one());
    assertThat(attendees).isEqualTo(7);
  }
}
