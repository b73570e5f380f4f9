package org.hubops.api.reports;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hubops.api.testing.TestService;

/**
 * Holds every report stream of a running service between its two halves (after the first half is
 * written, before the second is read) until released: a test logs a session there and shows that
 * the halves still agree. For tests of other modules too, hence public.
 */
public final class ReportPause implements AutoCloseable {

  private final ReportService reports;
  private final CountDownLatch reached;
  private final CountDownLatch released = new CountDownLatch(1);

  private ReportPause(ReportService reports, int streams) {
    this.reports = reports;
    this.reached = new CountDownLatch(streams);
  }

  /** Pauses the next report streams of {@code service}; close to stop pausing. */
  public static ReportPause on(TestService service) {
    return on(service, 1);
  }

  /** Pauses as {@link #on(TestService)}; {@link #awaitReached()} waits for {@code streams}. */
  public static ReportPause on(TestService service, int streams) {
    ReportPause pause = new ReportPause(service.attribute(ReportService.class), streams);
    pause.reports.betweenHalves(pause::hold);
    return pause;
  }

  /** Waits until the report streams (one unless told) have reached the pause. */
  public void awaitReached() throws InterruptedException {
    if (!reached.await(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("no report stream reached the pause within 60 s");
    }
  }

  /** Lets every held report stream go on. */
  public void release() {
    released.countDown();
  }

  private void hold() {
    reached.countDown();
    try {
      if (!released.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the pause was never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    release();
    reports.betweenHalves(() -> {});
  }
}
