package org.hubops.api.platform;

import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;

/** What the code needs to know about the two databases it runs on, H2 and PostgreSQL. */
public final class Database {

  private Database() {}

  /**
   * Instants go in and out as UTC {@link OffsetDateTime}: binding a {@code java.sql.Timestamp}
   * would shift them by the JVM's zone on PostgreSQL. A failed statement's message keeps its SQL
   * but not its arguments, which can be personal data (a participant's name and phone) and would
   * reach the log with an unexpected error.
   */
  public static void configure(Jdbi jdbi) {
    jdbi.getConfig(StatementExceptions.class).setMessageRendering(Database::withoutArguments);
    jdbi.registerArgument(new InstantArgumentFactory());
    jdbi.registerColumnMapper(
        Instant.class,
        (rs, column, ctx) -> {
          OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
          return value == null ? null : value.toInstant();
        });
    ExtensionMetadataCache.fill(jdbi);
  }

  /** SQLState 23505 (unique violation) in both PostgreSQL and H2. */
  public static boolean isUniqueViolation(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static String withoutArguments(StatementException exception) {
    StatementContext context = exception.getStatementContext();
    return context == null
        ? exception.getShortMessage()
        : exception.getShortMessage() + " [statement: \"" + context.getRenderedSql() + "\"]";
  }

  private static final class InstantArgumentFactory extends AbstractArgumentFactory<Instant> {

    InstantArgumentFactory() {
      super(Types.TIMESTAMP_WITH_TIMEZONE);
    }

    @Override
    protected Argument build(Instant value, ConfigRegistry config) {
      return (position, statement, ctx) ->
          statement.setObject(position, value.atOffset(ZoneOffset.UTC));
    }
  }
}
