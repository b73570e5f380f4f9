package org.hubops.api.places;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import liquibase.database.Database;
import liquibase.exception.CustomChangeException;
import org.hubops.api.platform.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migration 050: the codifier edition shipped with the service, loaded into {@code place}. A Java
 * task rather than Liquibase's {@code loadData}, so that the parents and search key of each row are
 * derived by the same code that {@code load-places} uses, and the rows go in chunks.
 */
public final class BundledEdition extends JavaMigration {

  static final String RESOURCE = "db/seed/katottg-2025-05-16.csv";
  private static final Logger LOG = LoggerFactory.getLogger(BundledEdition.class);

  @Override
  public void execute(Database database) throws CustomChangeException {
    Connection connection = connection(database);
    long started = System.nanoTime();
    try (InputStream in = BundledEdition.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new CustomChangeException("Missing " + RESOURCE);
      }
      Edition edition = Edition.read(Edition.dateIn(RESOURCE).orElseThrow(), in);
      PlaceLoader.Outcome outcome = PlaceLoader.load(connection, edition);
      LOG.info(
          "Codifier edition {}: {} places loaded in {} ms",
          outcome.edition(),
          outcome.added(),
          (System.nanoTime() - started) / 1_000_000);
    } catch (IOException | java.sql.SQLException e) {
      throw new CustomChangeException("Could not load " + RESOURCE, e);
    }
  }

  @Override
  public String getConfirmationMessage() {
    return "Codifier of places loaded";
  }
}
