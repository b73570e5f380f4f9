package org.hubops.api.reports;

import java.sql.Connection;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.SetupException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * Migration 075: the figures kept per hub and month, counted for the sessions already stored; with
 * {@code part} "people", migration 076: the people counted per hub and quarter from them.
 */
public final class RollupFill implements CustomTaskChange {

  private String part = "";

  /** Set by Liquibase from the change's {@code param}. */
  public void setPart(String part) {
    this.part = part == null ? "" : part;
  }

  @Override
  public void execute(Database database) throws CustomChangeException {
    Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
    // The migration's own connection and transaction: Liquibase commits the change set.
    Handle handle = Jdbi.create(connection).installPlugin(new SqlObjectPlugin()).open();
    if (part.equals("people")) {
      PeopleCounts.countAll(handle);
    } else {
      FigureRollup.recountSessionFigures(handle);
    }
  }

  @Override
  public String getConfirmationMessage() {
    return part.equals("people")
        ? "Unique people per hub and quarter counted"
        : "Report figures per hub and month counted";
  }

  @Override
  public void setUp() throws SetupException {}

  @Override
  public void setFileOpener(ResourceAccessor resourceAccessor) {}

  @Override
  public ValidationErrors validate(Database database) {
    return new ValidationErrors();
  }
}
