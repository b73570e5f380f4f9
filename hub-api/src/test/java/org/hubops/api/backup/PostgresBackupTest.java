package org.hubops.api.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dropwizard.db.DataSourceFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.hubops.api.hubs.HubService;
import org.hubops.api.platform.Database;
import org.hubops.api.platform.Messages;
import org.hubops.api.platform.Migrations;
import org.hubops.api.sessions.SessionService;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.OwnPostgres;
import org.hubops.api.testing.TestDatabase;
import org.hubops.model.Kyiv;
import org.hubops.model.Language;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Session;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;

/**
 * The commands docs/reliability.md gives operators for PostgreSQL, run for real: {@code pg_dump
 * -Fc} of a schema with records, the schema dropped, {@code pg_restore}, the same records again.
 */
class PostgresBackupTest {

  private static final String[] TABLES = {
    "hub", "session", "session_topic", "attendee", "participant", "equipment", "equipment_event"
  };

  /** The shared test server, e.g. {@code postgresql://127.0.0.1:5432/test}. */
  private static final URI DB =
      URI.create(
          System.getProperty("hubops.pg.url", "jdbc:postgresql://127.0.0.1:5432/test")
              .substring("jdbc:".length())
              .replaceAll("\\?.*", ""));

  @Test
  void dumpDropAndRestoreGivesBackTheSameRecords() throws Exception {
    DataSourceFactory database = TestDatabase.POSTGRES.fresh();
    Migrations.migrate(database);
    String schema = database.getUrl().replaceAll(".*currentSchema=", "").replaceAll("&.*", "");
    Jdbi jdbi = jdbi(database);
    Messages messages = Messages.in(Language.UK);
    Hub hub =
        new HubService(jdbi, Clock.systemUTC(), Fixtures.audit())
            .create(
                Fixtures.hub(Fixtures.newHubCode(), "UA-46", LocalDate.of(2023, 1, 15)),
                "t",
                messages);
    SessionService sessions = new SessionService(jdbi, Clock.systemUTC(), Fixtures.audit());
    List<Session> written = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      Session session = Fixtures.session(LocalDate.now(Kyiv.ZONE).minusDays(i), i);
      written.add(sessions.put(hub, UUID.randomUUID(), session, "t", messages).session());
    }
    Map<String, Long> before = counts(jdbi, schema);
    Path dump = Files.createTempFile("hubops-", ".dump");
    try {
      pg("pg_dump", "-Fc", "-n", schema, "-f", dump.toString(), DB.getPath().substring(1));
      jdbi.useHandle(h -> h.execute("drop schema " + schema + " cascade"));
      pg("pg_restore", "--no-owner", "-d", DB.getPath().substring(1), dump.toString());

      assertThat(counts(jdbi, schema)).isEqualTo(before);
      assertThat(before.get("session")).isEqualTo(5);
      for (Session session : written) {
        assertThat(sessions.get(hub, session.id())).isEqualTo(session);
      }
    } finally {
      Files.deleteIfExists(dump);
    }
  }

  /** Runs a PostgreSQL client tool against the test server, as an operator would. */
  private static void pg(String tool, String... args) throws IOException, InterruptedException {
    Path bin = OwnPostgres.binaries().orElse(null);
    if (bin == null) {
      if (Boolean.getBoolean("hubops.requirePostgres")) {
        throw new IllegalStateException("PostgreSQL is required but " + tool + " is not found");
      }
      assumeTrue(false, tool + " not found: the PostgreSQL backup test is skipped");
    }
    List<String> command = new ArrayList<>();
    command.add(bin.resolve(tool).toString());
    command.addAll(
        List.of(
            "-h",
            DB.getHost(),
            "-p",
            String.valueOf(DB.getPort()),
            "-U",
            System.getProperty("hubops.pg.user", "postgres")));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
  }

  private static Map<String, Long> counts(Jdbi jdbi, String schema) {
    Map<String, Long> counts = new TreeMap<>();
    jdbi.useHandle(
        h -> {
          for (String table : TABLES) {
            counts.put(
                table,
                h.select("select count(*) from " + schema + "." + table).mapTo(Long.class).one());
          }
        });
    return counts;
  }

  private static Jdbi jdbi(DataSourceFactory database) {
    Jdbi jdbi = Jdbi.create(database.getUrl(), database.getUser(), database.getPassword());
    jdbi.installPlugin(new SqlObjectPlugin());
    Database.configure(jdbi);
    return jdbi;
  }
}
