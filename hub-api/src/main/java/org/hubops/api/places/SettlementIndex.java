package org.hubops.api.places;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The current settlements of the codifier in memory, found by oblast and name, for the migrations
 * that place existing hubs: matching is by name, never by guess, so a lookup answers every
 * candidate and the caller decides whether exactly one is left.
 */
final class SettlementIndex {

  record Candidate(
      String code,
      String isoOblast,
      String raionCode,
      String hromadaCode,
      String name,
      String hromada,
      String hromadaKey,
      PlaceCategory category) {}

  private final Map<String, List<Candidate>> byOblastAndName = new HashMap<>();

  private SettlementIndex() {}

  static SettlementIndex read(Connection connection) throws SQLException {
    SettlementIndex index = new SettlementIndex();
    try (Statement query = connection.createStatement();
        ResultSet rows =
            query.executeQuery(
                """
                select s.code, s.iso_oblast, s.search_key, s.category, h.name, s.name,
                       s.raion_code, s.hromada_code
                from place s left join place h on h.code = s.hromada_code
                where s.category in ('M', 'X', 'C', 'K') and not s.retired
                """)) {
      while (rows.next()) {
        Candidate candidate =
            new Candidate(
                rows.getString(1),
                rows.getString(2),
                rows.getString(7),
                rows.getString(8),
                rows.getString(6),
                rows.getString(5),
                HromadaName.key(rows.getString(5)),
                PlaceCategory.valueOf(rows.getString(4)));
        index
            .byOblastAndName
            .computeIfAbsent(
                candidate.isoOblast() + "|" + rows.getString(3), k -> new ArrayList<>())
            .add(candidate);
      }
    }
    return index;
  }

  /**
   * The settlements named {@code settlement} in {@code isoOblast}; when {@code hromada} is given
   * and some candidates' hromada matches it, only those. A city with special status has no hromada,
   * so it matches on its name alone.
   */
  List<Candidate> find(String isoOblast, String hromada, String settlement) {
    List<Candidate> named =
        byOblastAndName.getOrDefault(isoOblast + "|" + SearchKey.of(settlement), List.of());
    String hromadaKey = HromadaName.key(hromada);
    if (hromadaKey.isEmpty() || named.size() <= 1) {
      return named.size() == 1 && !sameHromada(named.get(0), hromadaKey) ? List.of() : named;
    }
    return named.stream().filter(c -> sameHromada(c, hromadaKey)).toList();
  }

  private static boolean sameHromada(Candidate candidate, String hromadaKey) {
    return hromadaKey.isEmpty()
        || candidate.category() == PlaceCategory.K
        || candidate.hromadaKey().equals(hromadaKey);
  }
}
