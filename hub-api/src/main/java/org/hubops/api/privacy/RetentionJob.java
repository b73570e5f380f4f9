package org.hubops.api.privacy;

import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hubops.model.Kyiv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link Retention#run} once a day at {@link #AT} Kyiv time, when hubs are closed and nobody
 * edits. Several instances behind a load balancer each run it; the erasure of a person already
 * erased changes nothing, so running twice is harmless.
 */
record RetentionJob(Retention retention, ScheduledExecutorService executor, Clock clock)
    implements Managed {

  static final LocalTime AT = LocalTime.of(3, 30);

  private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

  @Override
  public void start() {
    long first = untilNext(ZonedDateTime.now(clock.withZone(Kyiv.ZONE))).toMillis();
    executor.scheduleAtFixedRate(
        this::runOnce, first, Duration.ofDays(1).toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void stop() {
    // The executor is Dropwizard's managed one: it is shut down with the service.
  }

  /** A failed run must not end the schedule: the next day's run tries again. */
  void runOnce() {
    try {
      retention.run(Retention.JOB);
    } catch (RuntimeException e) {
      LOG.error("Retention run failed; the next runs tomorrow", e);
    }
  }

  /** The time from {@code now} to the next {@link #AT}. */
  static Duration untilNext(ZonedDateTime now) {
    ZonedDateTime next = now.with(AT);
    if (!next.isAfter(now)) {
      next = next.plusDays(1);
    }
    return Duration.between(now, next);
  }
}
