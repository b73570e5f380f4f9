package org.hubops.api.places;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes an edition of the codifier over what the database holds, on one JDBC connection (the
 * migration's or the command's) in the caller's transaction: new codes are added, changed ones
 * updated (the former name kept), codes the edition no longer has are kept and marked retired, and
 * a code that comes back is current again. Rows go in multi-row inserts of {@value #CHUNK}, which
 * both H2 and PostgreSQL take far faster than one statement per row.
 */
final class PlaceLoader {

  static final int CHUNK = 250;

  private static final String COLUMNS =
      "code, category, level, name, oblast_code, raion_code, hromada_code, settlement_code,"
          + " iso_oblast, search_key, key1, key2, key3, retired, added_in";

  /** What a load changed, and how many current places of each category the edition holds. */
  record Outcome(
      String edition,
      int added,
      int renamed,
      int retired,
      int restored,
      Map<PlaceCategory, Integer> categories,
      List<String> renamedCodes,
      List<String> retiredCodes,
      List<String> recategorisedCodes) {}

  private record Stored(String name, PlaceRow row, boolean retired) {}

  private PlaceLoader() {}

  static Outcome load(Connection connection, Edition edition) throws SQLException {
    Map<String, Stored> stored = stored(connection);
    List<PlaceRow> added = new ArrayList<>();
    List<PlaceRow> changed = new ArrayList<>();
    List<String> renamed = new ArrayList<>();
    List<String> recategorised = new ArrayList<>();
    int restored = 0;
    Map<PlaceCategory, Integer> categories = new EnumMap<>(PlaceCategory.class);
    Set<String> seen = new HashSet<>(edition.rows().size() * 2);
    for (PlaceRow row : edition.rows()) {
      if (!seen.add(row.code())) {
        continue; // the codifier lists a few codes twice; the first row is the one kept
      }
      categories.merge(row.category(), 1, Integer::sum);
      Stored before = stored.get(row.code());
      if (before == null) {
        added.add(row);
      } else if (!before.row().equals(row) || before.retired()) {
        changed.add(row);
        if (!before.name().equals(row.name())) {
          renamed.add(row.code());
        }
        if (before.row().category() != row.category()) {
          recategorised.add(row.code());
        }
        if (before.retired()) {
          restored++;
        }
      }
    }
    List<String> retired = new ArrayList<>();
    for (Map.Entry<String, Stored> place : stored.entrySet()) {
      if (!place.getValue().retired() && !seen.contains(place.getKey())) {
        retired.add(place.getKey());
      }
    }
    insert(connection, added, edition.name());
    update(connection, changed, stored);
    retire(connection, retired, edition.name());
    record(connection, edition.name(), seen.size(), added.size(), renamed.size(), retired.size());
    return new Outcome(
        edition.name(),
        added.size(),
        renamed.size(),
        retired.size(),
        restored,
        categories,
        List.copyOf(renamed),
        List.copyOf(retired),
        List.copyOf(recategorised));
  }

  private static Map<String, Stored> stored(Connection connection) throws SQLException {
    Map<String, Stored> stored = new HashMap<>();
    try (Statement query = connection.createStatement();
        ResultSet rows =
            query.executeQuery(
                "select code, category, name, oblast_code, raion_code, hromada_code,"
                    + " settlement_code, iso_oblast, retired from place")) {
      while (rows.next()) {
        PlaceRow row =
            new PlaceRow(
                rows.getString(1),
                PlaceCategory.valueOf(rows.getString(2)),
                rows.getString(3),
                rows.getString(4),
                rows.getString(5),
                rows.getString(6),
                rows.getString(7),
                rows.getString(8));
        stored.put(row.code(), new Stored(row.name(), row, rows.getBoolean(9)));
      }
    }
    return stored;
  }

  /**
   * Full chunks through one multi-row statement, prepared once and reused (re-preparing a
   * 2,750-parameter statement per chunk costs more than it saves), the remainder row by row.
   */
  private static void insert(Connection connection, List<PlaceRow> rows, String edition)
      throws SQLException {
    int full = rows.size() / CHUNK * CHUNK;
    if (full > 0) {
      try (PreparedStatement insert = connection.prepareStatement(insertSql(CHUNK))) {
        for (int from = 0; from < full; from += CHUNK) {
          int p = 1;
          for (PlaceRow row : rows.subList(from, from + CHUNK)) {
            p = bind(insert, p, row, edition);
          }
          insert.executeUpdate();
        }
      }
    }
    if (full < rows.size()) {
      try (PreparedStatement insert = connection.prepareStatement(insertSql(1))) {
        for (PlaceRow row : rows.subList(full, rows.size())) {
          bind(insert, 1, row, edition);
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
  }

  private static String insertSql(int rows) {
    StringBuilder sql = new StringBuilder("insert into place (" + COLUMNS + ") values ");
    for (int i = 0; i < rows; i++) {
      sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,?,?,?,false,?)");
    }
    return sql.toString();
  }

  private static int bind(PreparedStatement insert, int first, PlaceRow row, String edition)
      throws SQLException {
    int p = first;
    insert.setString(p++, row.code());
    insert.setString(p++, row.category().name());
    insert.setInt(p++, row.category().level());
    insert.setString(p++, row.name());
    insert.setString(p++, row.oblastCode());
    insert.setString(p++, row.raionCode());
    insert.setString(p++, row.hromadaCode());
    insert.setString(p++, row.settlementCode());
    insert.setString(p++, row.isoOblast());
    String key = row.searchKey();
    insert.setString(p++, key);
    insert.setString(p++, SearchKey.prefix(key, 1));
    insert.setString(p++, SearchKey.prefix(key, 2));
    insert.setString(p++, SearchKey.prefix(key, 3));
    insert.setString(p++, edition);
    return p;
  }

  private static void update(Connection connection, List<PlaceRow> rows, Map<String, Stored> stored)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            """
            update place set category = ?, level = ?, name = ?, former_name = ?, oblast_code = ?,
                             raion_code = ?, hromada_code = ?, settlement_code = ?, iso_oblast = ?,
                             search_key = ?, key1 = ?, key2 = ?, key3 = ?, retired = false,
                             retired_in = null
            where code = ?
            """)) {
      int pending = 0;
      for (PlaceRow row : rows) {
        String formerName = stored.get(row.code()).name();
        update.setString(1, row.category().name());
        update.setInt(2, row.category().level());
        update.setString(3, row.name());
        update.setString(4, Objects.equals(formerName, row.name()) ? null : formerName);
        update.setString(5, row.oblastCode());
        update.setString(6, row.raionCode());
        update.setString(7, row.hromadaCode());
        update.setString(8, row.settlementCode());
        update.setString(9, row.isoOblast());
        String key = row.searchKey();
        update.setString(10, key);
        update.setString(11, SearchKey.prefix(key, 1));
        update.setString(12, SearchKey.prefix(key, 2));
        update.setString(13, SearchKey.prefix(key, 3));
        update.setString(14, row.code());
        update.addBatch();
        if (++pending == CHUNK) {
          update.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        update.executeBatch();
      }
    }
  }

  private static void retire(Connection connection, List<String> codes, String edition)
      throws SQLException {
    try (PreparedStatement retire =
        connection.prepareStatement(
            "update place set retired = true, retired_in = ? where code = ?")) {
      for (String code : codes) {
        retire.setString(1, edition);
        retire.setString(2, code);
        retire.addBatch();
      }
      if (!codes.isEmpty()) {
        retire.executeBatch();
      }
    }
  }

  private static void record(
      Connection connection, String edition, int places, int added, int renamed, int retired)
      throws SQLException {
    try (PreparedStatement again =
        connection.prepareStatement("delete from place_edition where edition = ?")) {
      again.setString(1, edition);
      again.executeUpdate();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into place_edition (edition, loaded_at, places, added, renamed, retired)"
                + " values (?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, edition);
      insert.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
      insert.setInt(3, places);
      insert.setInt(4, added);
      insert.setInt(5, renamed);
      insert.setInt(6, retired);
      insert.executeUpdate();
    }
  }
}
