package org.hubops.api.places;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import liquibase.database.Database;
import liquibase.exception.CustomChangeException;
import org.hubops.api.platform.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migration 051: the hubs on UA-74 and UA-77, registered while those codes bore each other's names.
 * A hub goes to the oblast where the codifier finds its settlement (by hromada and name, else by
 * name alone) when that is one of the two; otherwise it stays in the oblast whose name its users
 * saw, so its code changes. Every hub moved is logged (by code, no personal data) and kept in
 * {@code hub_oblast_move}.
 */
public final class OblastSwapFix extends JavaMigration {

  static final String CHERNIHIV = "UA-74";
  static final String CHERNIVTSI = "UA-77";

  /** Why a hub moved: where its settlement is, or the name its users saw. */
  enum Reason {
    SETTLEMENT,
    NAME_SHOWN
  }

  record Move(UUID hubId, String hubCode, String from, String to, Reason reason) {}

  private static final Logger LOG = LoggerFactory.getLogger(OblastSwapFix.class);

  @Override
  public void execute(Database database) throws CustomChangeException {
    Connection connection = connection(database);
    try {
      List<Move> moves = moves(connection, SettlementIndex.read(connection));
      apply(connection, moves);
      LOG.info("Oblasts UA-74/UA-77 corrected: {} hubs moved", moves.size());
    } catch (SQLException e) {
      throw new CustomChangeException("Could not correct the hubs of UA-74 and UA-77", e);
    }
  }

  static List<Move> moves(Connection connection, SettlementIndex settlements) throws SQLException {
    List<Move> moves = new ArrayList<>();
    for (HubPlace hub : HubPlace.read(connection, "oblast_code in (?, ?)", CHERNIHIV, CHERNIVTSI)) {
      Set<String> found = oblasts(settlements, hub.hromada(), hub.settlement());
      Move move =
          found.size() == 1
              ? new Move(
                  hub.id(), hub.code(), hub.oblast(), found.iterator().next(), Reason.SETTLEMENT)
              : new Move(
                  hub.id(),
                  hub.code(),
                  hub.oblast(),
                  hub.oblast().equals(CHERNIHIV) ? CHERNIVTSI : CHERNIHIV,
                  Reason.NAME_SHOWN);
      if (!move.to().equals(hub.oblast())) {
        moves.add(move);
      }
    }
    return moves;
  }

  private static Set<String> oblasts(SettlementIndex settlements, String hromada, String name) {
    Set<String> withHromada = new TreeSet<>();
    Set<String> byName = new TreeSet<>();
    for (String oblast : List.of(CHERNIHIV, CHERNIVTSI)) {
      settlements.find(oblast, hromada, name).forEach(c -> withHromada.add(c.isoOblast()));
      settlements.find(oblast, null, name).forEach(c -> byName.add(c.isoOblast()));
    }
    return withHromada.isEmpty() ? byName : withHromada;
  }

  private static void apply(Connection connection, List<Move> moves) throws SQLException {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try (PreparedStatement update =
            connection.prepareStatement(
                "update hub set oblast_code = ?, version = version + 1, updated_at = ?"
                    + " where id = ?");
        PreparedStatement record =
            connection.prepareStatement(
                "insert into hub_oblast_move"
                    + " (hub_id, hub_code, from_oblast, to_oblast, reason, moved_at)"
                    + " values (?, ?, ?, ?, ?, ?)")) {
      for (Move move : moves) {
        update.setString(1, move.to());
        update.setObject(2, now);
        update.setObject(3, move.hubId());
        update.executeUpdate();
        record.setObject(1, move.hubId());
        record.setString(2, move.hubCode());
        record.setString(3, move.from());
        record.setString(4, move.to());
        record.setString(5, move.reason().name());
        record.setObject(6, now);
        record.executeUpdate();
        LOG.info(
            "Hub {} moved from {} to {} ({})",
            move.hubCode(),
            move.from(),
            move.to(),
            move.reason() == Reason.SETTLEMENT
                ? "its settlement is there"
                : "the oblast its users saw by name");
      }
    }
  }

  @Override
  public String getConfirmationMessage() {
    return "Hubs of UA-74 and UA-77 corrected";
  }
}
