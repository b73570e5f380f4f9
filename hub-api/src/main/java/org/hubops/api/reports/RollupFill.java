package org.hubops.api.reports;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import liquibase.database.Database;
import liquibase.exception.CustomChangeException;
import org.hubops.api.platform.JavaMigration;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * Migration 075: the figures kept per hub and month, counted for the sessions already stored; with
 * {@code part} "people", migration 076: the people counted per hub and quarter from them; with
 * "equipment", migration 081: the use of items per hub and month. 075 runs before migration 080 has
 * added the unlinked marks ({@code u_idp}...), so it counts the columns the session table has at
 * the time; 080 adds them as 0 on both sides.
 */
public final class RollupFill extends JavaMigration {

  private String part = "";

  /** Set by Liquibase from the change's {@code param}. */
  public void setPart(String part) {
    this.part = part == null ? "" : part;
  }

  @Override
  public void execute(Database database) throws CustomChangeException {
    Connection connection = connection(database);
    // The migration's own connection and transaction: Liquibase commits the change set.
    Handle handle = Jdbi.create(connection).installPlugin(new SqlObjectPlugin()).open();
    try {
      if (part.equals("people")) {
        PeopleCounts.countAll(handle);
      } else if (part.equals("equipment")) {
        FigureRollup.recountEquipment(handle);
      } else {
        FigureRollup.recountSessionFigures(handle, columns(connection));
      }
    } catch (SQLException e) {
      throw new CustomChangeException(e);
    }
  }

  /** The headcount columns the session table of the schema being migrated has now. */
  private static List<String> columns(Connection connection) throws SQLException {
    Set<String> present = new HashSet<>();
    String schema = connection.getSchema();
    for (String table : List.of("session", "SESSION")) {
      try (ResultSet rs = connection.getMetaData().getColumns(null, schema, table, null)) {
        while (rs.next()) {
          present.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        }
      }
    }
    return Headcounts.COLUMNS.stream().filter(present::contains).toList();
  }

  @Override
  public String getConfirmationMessage() {
    return switch (part) {
      case "people" -> "Unique people per hub and quarter counted";
      case "equipment" -> "Equipment use per hub and month counted";
      default -> "Report figures per hub and month counted";
    };
  }
}
