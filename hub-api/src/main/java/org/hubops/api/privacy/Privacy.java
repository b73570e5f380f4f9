package org.hubops.api.privacy;

import io.dropwizard.core.setup.Environment;
import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import org.hubops.api.hubs.HubService;
import org.hubops.api.participants.ParticipantService;
import org.jdbi.v3.core.Jdbi;

/** Wires the personal-data lifecycle: its routes and the daily retention job. */
public final class Privacy {

  private Privacy() {}

  public static void register(
      Environment environment,
      Jdbi jdbi,
      Clock clock,
      PrivacyConfiguration config,
      HubService hubs,
      ParticipantService participants,
      AccessLog log) {
    Retention retention = new Retention(jdbi, clock, config, hubs, participants);
    environment.jersey().register(new RetentionResource(retention));
    environment.jersey().register(new AccessLogResource(log));
    environment.jersey().register(new SubjectAccessResource(jdbi, clock, participants, log));
    if (config.isDailyRetention()) {
      ScheduledExecutorService executor =
          environment.lifecycle().scheduledExecutorService("privacy-retention").threads(1).build();
      environment.lifecycle().manage(new RetentionJob(retention, executor, clock));
    }
  }
}
