package org.hubops.api.platform;

import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Predicate;

/** Looks through an exception's causes, where JDBI, Jersey and the pool bury the one that tells. */
final class Causes {

  private Causes() {}

  static boolean any(Throwable exception, Predicate<Throwable> test) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (test.test(cause)) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  /** The first cause of {@code type}, if any. */
  static <T extends Throwable> Optional<T> find(Throwable exception, Class<T> type) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return Optional.of(type.cast(cause));
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return Optional.empty();
  }

  /** True when some cause is an {@link SQLException} whose SQLState passes {@code test}. */
  static boolean anySqlState(Throwable exception, Predicate<String> test) {
    return any(
        exception,
        cause ->
            cause instanceof SQLException sql
                && sql.getSQLState() != null
                && test.test(sql.getSQLState()));
  }
}
