package org.hubops.api.platform;

import java.sql.SQLTransientConnectionException;
import org.apache.tomcat.jdbc.pool.PoolExhaustedException;

/**
 * Tells a database outage (connection refused, pool exhausted, server shutting down) from a bug.
 */
final class DatabaseUnavailable {

  private DatabaseUnavailable() {}

  static boolean isCause(Throwable exception) {
    return Causes.any(exception, SQLTransientConnectionException.class::isInstance)
        // Every pooled connection busy for longer than the pool waits: too much load for the
        // moment, which a retry a little later gets through (seen under the logging benchmark).
        || Causes.any(exception, PoolExhaustedException.class::isInstance)
        // Class 08 is "connection exception" in both PostgreSQL and H2; 57P01-57P03 are
        // PostgreSQL's "shutting down", "crashed" and "cannot connect now" (still starting).
        || Causes.anySqlState(
            exception, state -> state.startsWith("08") || state.startsWith("57P0"));
  }
}
