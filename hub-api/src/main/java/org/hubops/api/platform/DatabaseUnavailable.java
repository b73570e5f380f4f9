package org.hubops.api.platform;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Tells a database outage (connection refused, pool exhausted) from a bug. */
final class DatabaseUnavailable {

  private DatabaseUnavailable() {}

  static boolean isCause(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException) {
        return true;
      }
      // SQLState class 08 is "connection exception" in both PostgreSQL and H2.
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }
}
