package org.hubops.api.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.hubops.api.hubs.HubService;
import org.hubops.api.platform.Messages;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.model.rest.Hub;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Times the retention job's one query (who is due) over a register of {@value #PEOPLE} named people
 * with {@value #ATTENDANCES} attendances, for docs/privacy.md. Run by hand: {@code ./mvnw -pl
 * hub-api -am test -Dtest=RetentionBench -Dhubops.bench=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "hubops.bench", matches = "true")
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class RetentionBench {

  private static final int PEOPLE = 20_000;
  private static final int SESSIONS = 20_000;
  private static final int ATTENDANCES = 200_000;

  @Parameter TestDatabase database;

  @Test
  void whoIsDueIsFoundInOneQuery() throws Exception {
    Jdbi jdbi = database.migrated();
    Clock clock = Clock.systemUTC();
    Hub hub =
        new HubService(jdbi, clock, Fixtures.audit())
            .create(
                Fixtures.hub(Fixtures.newHubCode(), "UA-46", LocalDate.of(2018, 1, 1)),
                "bench",
                Messages.in(org.hubops.model.Language.UK));
    UUID[] people = new UUID[PEOPLE];
    UUID[] sessions = new UUID[SESSIONS];
    jdbi.useTransaction(h -> fill(h, hub, people, sessions));

    long start = System.nanoTime();
    List<?> due = jdbi.withExtension(RetentionDao.class, dao -> dao.due(LocalDate.of(2023, 12, 2)));
    long millis = (System.nanoTime() - start) / 1_000_000;

    // Sessions run from 2019 to 2026 in order; a person's last one decides.
    assertThat(due).isNotEmpty().hasSizeLessThan(PEOPLE);
    String line =
        String.format(
            "%s: %d people, %d sessions, %d attendances: %d due, found in %d ms%n",
            database, PEOPLE, SESSIONS, ATTENDANCES, due.size(), millis);
    Path out = Path.of("target", "reliability", "retention-" + database + ".txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, line);
    System.out.print(line);
  }

  private static void fill(Handle h, Hub hub, UUID[] people, UUID[] sessions) {
    Instant now = Instant.now();
    PreparedBatch person =
        h.prepareBatch(
            "insert into participant (id, hub_id, code, full_name, phone, gender, idp, disability,"
                + " veteran, consent_given, version, created_at, updated_at, created_by)"
                + " values (?, ?, ?, 'Ім’я Прізвище', '+380 67 000 00 00', 'FEMALE', false, false,"
                + " false, true, 1, ?, ?, 'bench')");
    for (int i = 0; i < PEOPLE; i++) {
      people[i] = UUID.randomUUID();
      person.add(people[i], hub.id(), "P-" + i, now, now);
    }
    person.execute();
    PreparedBatch session =
        h.prepareBatch(
            "insert into session (id, hub_id, session_date, start_time, duration_minutes, kind,"
                + " format, version, created_at, updated_at, created_by)"
                + " values (?, ?, ?, ?, 60, 'GROUP_CLASS', 'IN_PERSON', 1, ?, ?, 'bench')");
    LocalDate first = LocalDate.of(2019, 1, 1);
    for (int i = 0; i < SESSIONS; i++) {
      sessions[i] = UUID.randomUUID();
      session.add(
          sessions[i], hub.id(), first.plusDays(i * 2800L / SESSIONS), LocalTime.NOON, now, now);
    }
    session.execute();
    PreparedBatch attendee =
        h.prepareBatch(
            "insert into attendee (session_id, seq, participant_id, gender, age_band, idp,"
                + " disability, veteran) values (?, ?, ?, 'FEMALE', 'AGE_60_69', false, false, false)");
    java.util.Random random = new java.util.Random(12);
    int perSession = ATTENDANCES / SESSIONS;
    for (int s = 0; s < SESSIONS; s++) {
      for (int seq = 1; seq <= perSession; seq++) {
        // Most people come for a while and stop: each attends around "their" time.
        int who =
            Math.floorMod((int) ((long) s * PEOPLE / SESSIONS) + random.nextInt(400) - 200, PEOPLE);
        attendee.add(sessions[s], seq, people[who]);
      }
      if (s % 1000 == 999) {
        attendee.execute();
      }
    }
  }
}
