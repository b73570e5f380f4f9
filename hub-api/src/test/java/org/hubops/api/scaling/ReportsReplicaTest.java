package org.hubops.api.scaling;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.OwnPostgres;
import org.hubops.api.testing.TestService;
import org.hubops.model.Role;
import org.hubops.model.rest.Hub;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * Reports on a streaming standby (docs/scaling.md): with {@code reportsDatabase} set, the quarterly
 * dataset is read from the standby while sessions (and a quarter's lock) are written to the
 * primary. A standby whose replay is paused keeps showing what it had, which proves where the
 * report was read; once replay resumes, the report catches up.
 */
class ReportsReplicaTest {

  private static final String REPORTS = "hubops-reports";
  private static final String QUARTER = "/api/v1/reports/quarterly?year=2018&quarter=4";

  @Test
  void theQuarterlyDatasetIsReadFromTheStandbyAndEveryWriteStillLands() throws Exception {
    try (OwnPostgres primary = OwnPostgres.start();
        OwnPostgres standby = primary.standby()) {
      TestService service = service(primary, standby);
      try {
        Api admin = service.api();
        Hub hub =
            Fixtures.created(
                admin.post(
                    "/api/v1/hubs",
                    Fixtures.hub(Fixtures.newHubCode(), "UA-46", LocalDate.of(2018, 1, 1))),
                Hub.class);
        Api coordinator = service.as(Role.COORDINATOR, hub);
        put(coordinator, hub, LocalDate.of(2018, 11, 20));
        awaitSessions(standby, 1);

        assertThat(sessionsIn(admin.get(QUARTER))).isEqualTo(1);
        assertThat(reportConnections(standby)).as("the reports' pool, on the standby").isPositive();
        assertThat(reportConnections(primary)).as("and not on the primary").isZero();

        jdbi(standby).useHandle(h -> h.execute("select pg_wal_replay_pause()"));
        put(coordinator, hub, LocalDate.of(2018, 12, 1));
        assertThat(sessionsIn(admin.get(QUARTER)))
            .as("the standby has not replayed the second session yet")
            .isEqualTo(1);
        assertThat(sessionsStoredIn(primary)).isEqualTo(2);

        jdbi(standby).useHandle(h -> h.execute("select pg_wal_replay_resume()"));
        awaitSessions(standby, 2);
        assertThat(sessionsIn(admin.get(QUARTER))).isEqualTo(2);

        ApiResponse locked = admin.put("/api/v1/quarters/2018-Q4/lock", "{}");
        assertThat(locked.status()).as(locked.toString()).isEqualTo(200);
      } finally {
        service.stop();
      }
    }
  }

  private static void put(Api coordinator, Hub hub, LocalDate date) {
    ApiResponse logged =
        coordinator.put(
            "/api/v1/hubs/" + hub.id() + "/sessions/" + UUID.randomUUID(),
            Fixtures.session(date, 5));
    assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
  }

  private static long sessionsIn(ApiResponse dataset) {
    assertThat(dataset.status()).as(dataset.toString()).isEqualTo(200);
    return dataset.json().path("current").path("figures").path("sessions").asLong();
  }

  private static void awaitSessions(OwnPostgres standby, long expected) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (sessionsStoredIn(standby) < expected) {
      assertThat(System.nanoTime()).as("the standby replays the primary").isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  private static long reportConnections(OwnPostgres server) {
    return jdbi(server)
        .withHandle(
            h ->
                h.createQuery(
                        "select count(*) from pg_stat_activity where application_name = :name")
                    .bind("name", REPORTS)
                    .mapTo(Long.class)
                    .one());
  }

  private static long sessionsStoredIn(OwnPostgres server) {
    return jdbi(server)
        .withHandle(h -> h.createQuery("select count(*) from session").mapTo(Long.class).one());
  }

  private static Jdbi jdbi(OwnPostgres server) {
    return Jdbi.create(server.url(), "postgres", "");
  }

  private static TestService service(OwnPostgres primary, OwnPostgres standby) {
    List<ConfigOverride> settings = new ArrayList<>();
    settings.add(ConfigOverride.config("database.url", primary.url()));
    settings.add(ConfigOverride.config("database.user", "postgres"));
    settings.add(ConfigOverride.config("database.password", ""));
    settings.add(ConfigOverride.config("reportsDatabase.driverClass", "org.postgresql.Driver"));
    settings.add(ConfigOverride.config("reportsDatabase.url", standby.url()));
    settings.add(ConfigOverride.config("reportsDatabase.user", "postgres"));
    settings.add(ConfigOverride.config("reportsDatabase.password", ""));
    settings.add(ConfigOverride.config("reportsDatabase.properties.ApplicationName", REPORTS));
    settings.add(ConfigOverride.config("migrateOnStart", "true"));
    settings.add(ConfigOverride.config("server.applicationConnectors[0].port", "0"));
    settings.add(ConfigOverride.config("server.adminConnectors[0].port", "0"));
    settings.add(ConfigOverride.config("server.requestLog.appenders[0].threshold", "OFF"));
    settings.add(ConfigOverride.config("logging.level", "ERROR"));
    return TestService.dedicated(
        Path.of("..", "config", "hub-api-postgres.yml").toString(),
        settings.toArray(ConfigOverride[]::new));
  }
}
