package org.hubops.api.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import org.hubops.api.hubs.HubService;
import org.hubops.api.participants.ParticipantService;
import org.hubops.api.testing.Fixtures;
import org.hubops.model.Kyiv;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** The daily job's timing, and that a failed run leaves the schedule standing. */
class RetentionJobTest {

  @Test
  void runsAtHalfPastThreeKyivTimeEveryDay() {
    ZonedDateTime three = ZonedDateTime.of(2026, 12, 2, 3, 0, 0, 0, Kyiv.ZONE);

    assertThat(RetentionJob.untilNext(three)).isEqualTo(Duration.ofMinutes(30));
    assertThat(RetentionJob.untilNext(three.plusMinutes(30))).isEqualTo(Duration.ofDays(1));
    assertThat(RetentionJob.untilNext(three.plusHours(1)))
        .isEqualTo(Duration.ofHours(23).plusMinutes(30));
  }

  @Test
  void aFailedRunDoesNotEndTheSchedule() {
    // A database with no tables: the run fails inside, and the job says so in the log only.
    Jdbi broken = Jdbi.create("jdbc:h2:mem:retention-broken;DB_CLOSE_DELAY=-1");
    broken.installPlugin(new org.jdbi.v3.sqlobject.SqlObjectPlugin());
    Clock clock = Clock.systemUTC();
    Retention retention =
        new Retention(
            broken,
            clock,
            new PrivacyConfiguration(),
            new HubService(broken, clock, Fixtures.audit()),
            new ParticipantService(broken, clock, Fixtures.audit()));
    RetentionJob job = new RetentionJob(retention, null, clock);

    assertThatCode(job::runOnce).doesNotThrowAnyException();
  }
}
