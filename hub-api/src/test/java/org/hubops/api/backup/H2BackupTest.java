package org.hubops.api.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.h2.tools.DeleteDbFiles;
import org.hubops.api.hubs.HubService;
import org.hubops.api.platform.Database;
import org.hubops.api.platform.Messages;
import org.hubops.api.platform.Migrations;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestService;
import org.hubops.model.Kyiv;
import org.hubops.model.Language;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Session;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded database's round trip: records in, {@code backup} while the service runs, the data
 * folder wiped, {@code restore}, and the service shows the same records again.
 */
class H2BackupTest {

  private static final LocalDate DAY = LocalDate.now(Kyiv.ZONE).minusDays(3);

  private final Path folder = temporaryFolder();
  private final String url =
      "jdbc:h2:file:"
          + folder.resolve("data/hubops")
          + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH";

  @AfterEach
  void removeFolder() throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  @Test
  void backupWhileRunningThenWipeAndRestoreGivesBackTheSameRecords() throws IOException {
    Path config = config();
    Path zip = folder.resolve("backups/hubops.zip");
    TestService service = start();
    Hub hub;
    List<Session> before;
    try {
      Api api = service.api();
      hub = Fixtures.createHub(api);
      String sessions = "/api/v1/hubs/" + hub.id() + "/sessions";
      for (int i = 1; i <= 3; i++) {
        api.post(sessions, Fixtures.session(DAY, i));
      }
      before = sessions(api, hub);

      Commands.Outcome backup =
          Commands.run("backup", config.toString(), "--output", zip.toString());

      assertThat(backup.succeeded()).as(backup.errors()).isTrue();
      api.post(sessions, Fixtures.session(DAY, 9)); // after the backup: must not come back
    } finally {
      service.stop();
    }

    Commands.Outcome refused = Commands.run("restore", config.toString(), zip.toString());
    assertThat(refused.succeeded()).isFalse();
    assertThat(refused.errors()).contains("--force");

    DeleteDbFiles.execute(folder.resolve("data").toString(), "hubops", true);
    Commands.Outcome restore = Commands.run("restore", config.toString(), zip.toString());
    assertThat(restore.succeeded()).as(restore.errors()).isTrue();

    TestService restored = start();
    try {
      assertThat(restored.api().get("/api/v1/hubs/" + hub.id()).as(Hub.class)).isEqualTo(hub);
      assertThat(sessions(restored.api(), hub)).isEqualTo(before).hasSize(3);
    } finally {
      restored.stop();
    }
  }

  @Test
  void restoreWithForceReplacesADatabaseThatHoldsRecords() throws IOException {
    Path config = config();
    Path zip = folder.resolve("empty.zip");
    DataSourceFactory database = new DataSourceFactory();
    database.setDriverClass("org.h2.Driver");
    database.setUrl(url);
    database.setUser("sa");
    Migrations.migrate(database);
    assertThat(Commands.run("backup", config.toString(), "--output", zip.toString()).succeeded())
        .isTrue();
    Jdbi jdbi = Jdbi.create(url, "sa", "").installPlugin(new SqlObjectPlugin());
    Database.configure(jdbi);
    new HubService(jdbi, Clock.systemUTC(), Fixtures.audit())
        .create(
            Fixtures.hub(Fixtures.newHubCode(), "UA-46", DAY.minusYears(1)),
            "test",
            Messages.in(Language.UK));

    Commands.Outcome refused = Commands.run("restore", config.toString(), zip.toString());
    Commands.Outcome forced = Commands.run("restore", config.toString(), zip.toString(), "--force");

    assertThat(refused.succeeded()).isFalse();
    assertThat(refused.errors()).contains("1 hubs and sessions");
    assertThat(forced.succeeded()).as(forced.errors()).isTrue();
    long hubs = jdbi.withHandle(h -> h.select("select count(*) from hub").mapTo(Long.class).one());
    assertThat(hubs).isZero();
  }

  @Test
  void postgresConfigurationIsPointedToPgDump() throws IOException {
    Path config = folder.resolve("postgres.yml");
    Files.writeString(
        config,
        "database:\n  driverClass: org.postgresql.Driver\n"
            + "  url: jdbc:postgresql://127.0.0.1:5432/test\n  user: postgres\n");

    Commands.Outcome backup =
        Commands.run("backup", config.toString(), "--output", folder.resolve("x.zip").toString());

    assertThat(backup.succeeded()).isFalse();
    assertThat(backup.errors()).contains("pg_dump -Fc");
  }

  private TestService start() {
    return TestService.dedicated(
        ResourceHelpers.resourceFilePath("test-config.yml"),
        ConfigOverride.config("database.url", url));
  }

  private Path config() throws IOException {
    Path config = folder.resolve("hub-api.yml");
    Files.writeString(
        config, "database:\n  driverClass: org.h2.Driver\n  url: \"" + url + "\"\n  user: sa\n");
    return config;
  }

  private static List<Session> sessions(Api api, Hub hub) {
    return List.of(
        Api.JSON.convertValue(
            api.get("/api/v1/hubs/" + hub.id() + "/sessions?size=500").json().path("items"),
            Session[].class));
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("hubops-backup-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
