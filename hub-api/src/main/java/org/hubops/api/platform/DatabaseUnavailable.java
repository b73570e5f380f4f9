package org.hubops.api.platform;

import java.sql.SQLTransientConnectionException;
import org.apache.tomcat.jdbc.pool.PoolExhaustedException;

/**
 * Tells a database outage (connection refused, server shutting down) and an overload (every pooled
 * connection busy) from a bug.
 */
final class DatabaseUnavailable {

  private DatabaseUnavailable() {}

  static boolean isCause(Throwable exception) {
    return isOverload(exception) || isOutage(exception);
  }

  /**
   * Every pooled connection busy for longer than the pool waits: too much load for the moment,
   * which a retry a little later gets through (seen under the logging benchmark). The database is
   * there and answering, so the client must not be told it cannot be reached.
   */
  static boolean isOverload(Throwable exception) {
    return Causes.any(exception, PoolExhaustedException.class::isInstance) && !isOutage(exception);
  }

  private static boolean isOutage(Throwable exception) {
    return Causes.any(exception, SQLTransientConnectionException.class::isInstance)
        // Class 08 is "connection exception" in both PostgreSQL and H2; 57P01-57P03 are
        // PostgreSQL's "shutting down", "crashed" and "cannot connect now" (still starting).
        || Causes.anySqlState(
            exception, state -> state.startsWith("08") || state.startsWith("57P0"));
  }
}
