package org.hubops.api.reminders;

import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hubops.model.Kyiv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link Reminders#runDaily()} once a day at {@code reminders.sendAt} (Kyiv time), and once
 * shortly after start so that a service restarted past that hour does not skip a day. Running more
 * often than needed is harmless: a coordinator is reminded of a quarter once.
 */
public final class ReminderJob implements Managed {

  private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);

  /** After start-up, once migrations and the first requests have settled. */
  private static final Duration FIRST_RUN = Duration.ofMinutes(1);

  private final Reminders reminders;
  private final LocalTime sendAt;
  private final Clock clock;
  private ScheduledExecutorService executor;

  public ReminderJob(Reminders reminders, LocalTime sendAt, Clock clock) {
    this.reminders = reminders;
    this.sendAt = sendAt;
    this.clock = clock;
  }

  @Override
  public void start() {
    executor =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "hubops-reminders");
              thread.setDaemon(true);
              return thread;
            });
    executor.schedule(this::run, FIRST_RUN.toMillis(), TimeUnit.MILLISECONDS);
    scheduleNext();
  }

  @Override
  public void stop() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }

  /** Until the next {@code sendAt}, computed afresh each day so that a DST change is followed. */
  Duration untilNextRun() {
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(Kyiv.ZONE));
    ZonedDateTime next = now.with(sendAt);
    if (!next.isAfter(now)) {
      next = next.plusDays(1);
    }
    return Duration.between(now, next);
  }

  private void scheduleNext() {
    executor.schedule(
        () -> {
          run();
          scheduleNext();
        },
        untilNextRun().toMillis(),
        TimeUnit.MILLISECONDS);
  }

  private void run() {
    try {
      reminders.runDaily();
    } catch (RuntimeException e) {
      // The next day's run tries again; a claim of a failed send was given back.
      LOG.error("The daily reminder run failed", e);
    }
  }
}
