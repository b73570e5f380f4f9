package org.hubops.api.places;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A hub as the migrations that place hubs on the codifier read it: the oblast, hromada and
 * settlement names it was registered with.
 */
record HubPlace(UUID id, String code, String oblast, String hromada, String settlement) {

  /** The hubs that {@code where} selects, by code; its {@code ?}s take {@code values}. */
  static List<HubPlace> read(Connection connection, String where, String... values)
      throws SQLException {
    List<HubPlace> hubs = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "select id, code, oblast_code, hromada, settlement from hub where "
                + where
                + " order by code")) {
      for (int i = 0; i < values.length; i++) {
        query.setString(i + 1, values[i]);
      }
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          hubs.add(
              new HubPlace(
                  rows.getObject(1, UUID.class),
                  rows.getString(2),
                  rows.getString(3),
                  rows.getString(4),
                  rows.getString(5)));
        }
      }
    }
    return hubs;
  }
}
