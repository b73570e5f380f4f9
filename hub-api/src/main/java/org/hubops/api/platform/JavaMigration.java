package org.hubops.api.platform;

import java.sql.Connection;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.SetupException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * A change set of the changelog written in Java ({@code <customChange class="...">}). Our Java
 * changes read no files through Liquibase, need no set-up and validate nothing up front, so they
 * state only what they do and the message Liquibase logs when done.
 */
public abstract class JavaMigration implements CustomTaskChange {

  /** The JDBC connection of the migration: its transaction is the change set's. */
  protected static Connection connection(Database database) {
    return ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
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
