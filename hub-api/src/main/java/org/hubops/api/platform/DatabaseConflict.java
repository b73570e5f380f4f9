package org.hubops.api.platform;

import java.sql.SQLException;
import java.util.Set;

/**
 * Two transactions that got in each other's way: the database gave up on one of them (deadlock,
 * serialization failure, lock timeout, H2's concurrent update). Nothing was written by the loser,
 * so the client may simply try again: a 409, never a 500.
 */
public final class DatabaseConflict {

  /**
   * 40001 serialization failure (also H2's deadlock), 40P01 PostgreSQL deadlock, 55P03 PostgreSQL
   * lock not available, 90131 H2 concurrent update.
   */
  private static final Set<String> STATES = Set.of("40001", "40P01", "55P03", "90131");

  /** H2's lock timeout; its SQLState HYT00 is shared with plain query timeouts. */
  private static final int H2_LOCK_TIMEOUT = 50200;

  private DatabaseConflict() {}

  public static boolean isCause(Throwable exception) {
    return Causes.anySqlState(exception, STATES::contains)
        || Causes.any(
            exception,
            cause -> cause instanceof SQLException sql && sql.getErrorCode() == H2_LOCK_TIMEOUT);
  }
}
