package org.hubops.api.platform;

import java.sql.SQLTransientConnectionException;

/**
 * Tells a database outage (connection refused, pool exhausted, server shutting down) from a bug.
 */
final class DatabaseUnavailable {

  private DatabaseUnavailable() {}

  static boolean isCause(Throwable exception) {
    return Causes.any(exception, SQLTransientConnectionException.class::isInstance)
        // Class 08 is "connection exception" in both PostgreSQL and H2; 57P01-57P03 are
        // PostgreSQL's "shutting down", "crashed" and "cannot connect now" (still starting).
        || Causes.anySqlState(
            exception, state -> state.startsWith("08") || state.startsWith("57P0"));
  }
}
