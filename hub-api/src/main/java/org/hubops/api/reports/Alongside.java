package org.hubops.api.reports;

import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Reads a report runs beside its own on PostgreSQL: on a connection of their own, in a transaction
 * that imports the snapshot of the report's ({@code pg_export_snapshot}), so they see exactly the
 * rows the report sees whatever is logged meanwhile, while the report's thread goes on with its
 * part. The other core then does half the work (issue #15, goal 1). Elsewhere (H2), and on a
 * standby, which cannot export a snapshot, there is nothing to read beside: the caller reads in
 * turn, on its own handle.
 */
final class Alongside {

  /** What PostgreSQL's snapshot ids look like: the only text put into the statement. */
  private static final Pattern SNAPSHOT_ID = Pattern.compile("[0-9A-F]+(-[0-9A-F]+)+");

  private final Jdbi jdbi;

  Alongside(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * {@code read} started now on a thread and connection of its own, on {@code handle}'s snapshot;
   * null where it cannot be. {@code handle}'s transaction must stay open until the result is taken.
   */
  <T> CompletableFuture<T> read(
      Handle handle, String name, HandleCallback<T, RuntimeException> read) {
    if (!ReportService.onPostgres(handle)) {
      return null;
    }
    String snapshot =
        handle
            .createQuery(
                "select case when pg_is_in_recovery() then null else pg_export_snapshot() end")
            .mapTo(String.class)
            .one();
    if (snapshot == null || !SNAPSHOT_ID.matcher(snapshot).matches()) {
      return null;
    }
    CompletableFuture<T> result = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try {
                result.complete(
                    jdbi.inTransaction(
                        TransactionIsolationLevel.REPEATABLE_READ,
                        side -> {
                          // Must be the transaction's first statement.
                          side.execute("set transaction snapshot '" + snapshot + "'");
                          ReportService.customPlans(side);
                          return read.withHandle(side);
                        }));
              } catch (RuntimeException e) {
                result.completeExceptionally(e);
              }
            },
            name);
    reader.setDaemon(true);
    reader.start();
    return result;
  }
}
