package org.hubops.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.api.Test;

/**
 * A read beside a report's own runs on another connection and sees exactly the rows the report's
 * transaction sees: a row committed once the report has begun (here a quarter's lock) is in
 * neither, so the equipment part of a dataset always agrees with its figures. On H2 there is
 * nothing beside: the report reads in turn.
 */
class AlongsideTest {

  @Test
  void aReadBesideSeesTheReportsSnapshotOnAConnectionOfItsOwn() throws Exception {
    Jdbi jdbi = TestService.on(TestDatabase.POSTGRES).jdbi();
    CountDownLatch registered = new CountDownLatch(1);
    int year = 1900 + (int) (Math.random() * 90);
    long[] seen =
        jdbi.inTransaction(
            TransactionIsolationLevel.REPEATABLE_READ,
            report -> {
              long before = rows(report);
              CompletableFuture<long[]> beside =
                  new Alongside(jdbi)
                      .read(
                          report,
                          "test-beside",
                          side -> {
                            await(registered);
                            return new long[] {rows(side), backend(side)};
                          });
              // Written and committed by someone else once the report has begun (on a thread of
              // its own: on this one Jdbi would lend it the report's handle).
              CompletableFuture.runAsync(
                      () ->
                          jdbi.useHandle(
                              other ->
                                  other.execute(
                                      "insert into quarter_lock (period_year, period_quarter,"
                                          + " locked_at, locked_by)"
                                          + " values (?, 1, current_timestamp, 'test')",
                                      year)))
                  .get(30, TimeUnit.SECONDS);
              registered.countDown();
              long[] side = beside.get(30, TimeUnit.SECONDS);
              return new long[] {before, rows(report), backend(report), side[0], side[1]};
            });
    long after = jdbi.withHandle(AlongsideTest::rows);
    jdbi.useHandle(h -> h.execute("delete from quarter_lock where period_year = ?", year));
    assertThat(seen[3]).as("rows seen beside").isEqualTo(seen[0]).isEqualTo(seen[1]);
    assertThat(seen[4]).as("the connection beside").isNotEqualTo(seen[2]);
    assertThat(after).as("rows seen after").isEqualTo(seen[0] + 1);
  }

  @Test
  void onH2TheReportReadsInTurn() {
    Jdbi jdbi = TestService.on(TestDatabase.H2).jdbi();
    CompletableFuture<Integer> beside =
        jdbi.withHandle(h -> new Alongside(jdbi).read(h, "test", side -> 1));
    assertThat(beside).isNull();
  }

  private static long rows(Handle handle) {
    return handle.createQuery("select count(*) from quarter_lock").mapTo(Long.class).one();
  }

  private static long backend(Handle handle) {
    return handle.createQuery("select pg_backend_pid()").mapTo(Long.class).one();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
