package org.hubops.api.places;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import liquibase.database.Database;
import liquibase.exception.CustomChangeException;
import org.hubops.api.platform.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migration 052: an existing hub gets the settlement code that its oblast, hromada and settlement
 * name match when exactly one settlement does; its settlement type and names then come from the
 * codifier. A hub matching none, or several, keeps no code: it is listed ({@code GET
 * /api/v1/places/hubs-to-fix}) for staff to choose.
 */
public final class HubSettlementMatch extends JavaMigration {

  private static final Logger LOG = LoggerFactory.getLogger(HubSettlementMatch.class);

  @Override
  public void execute(Database database) throws CustomChangeException {
    Connection connection = connection(database);
    try {
      SettlementIndex settlements = SettlementIndex.read(connection);
      int matched = 0;
      int left = 0;
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
      try (PreparedStatement update =
          connection.prepareStatement(
              """
              update hub set settlement_code = ?, settlement_type = ?, settlement = ?,
                             hromada = ?, raion_code = ?, hromada_code = ?,
                             version = version + 1, updated_at = ?
              where id = ?
              """)) {
        for (HubPlace hub : HubPlace.read(connection, "settlement_code is null")) {
          List<SettlementIndex.Candidate> found =
              settlements.find(hub.oblast(), hub.hromada(), hub.settlement());
          if (found.size() != 1) {
            left++;
            LOG.info(
                "Hub {} left without a settlement code: {} settlements match",
                hub.code(),
                found.size());
            continue;
          }
          SettlementIndex.Candidate place = found.get(0);
          update.setString(1, place.code());
          update.setString(2, place.category().settlementType().orElseThrow().name());
          update.setString(3, place.name());
          update.setString(4, place.hromada() == null ? place.name() : place.hromada());
          update.setString(5, place.raionCode());
          update.setString(6, place.hromadaCode());
          update.setObject(7, now);
          update.setObject(8, hub.id());
          update.executeUpdate();
          matched++;
        }
      }
      LOG.info("Hubs placed on the codifier: {} matched, {} left for staff", matched, left);
    } catch (SQLException e) {
      throw new CustomChangeException("Could not match hubs to settlements", e);
    }
  }

  @Override
  public String getConfirmationMessage() {
    return "Hubs matched to settlement codes";
  }
}
