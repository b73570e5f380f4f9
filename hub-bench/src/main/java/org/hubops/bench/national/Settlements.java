package org.hubops.bench.national;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hubops.model.SettlementType;

/**
 * The real settlements of the codifier (КАТОТТГ) the service ships, by oblast and type, so that
 * generated hubs stand in real villages, settlements and cities with their real hromada and raion.
 * Read from the service's own copy ({@code db/seed/katottg-*.csv} in hub-api's jar).
 */
final class Settlements {

  static final String RESOURCE = "db/seed/katottg-2025-05-16.csv";

  private static final Map<String, String> ISO_EXCEPTIONS =
      Map.of("01", "43", "44", "09", "73", "77", "80", "30", "85", "40");

  /** One settlement: its code, name, and the codes and name of what it lies in. */
  record Place(String code, String name, String raionCode, String hromadaCode, String hromada) {}

  private final Map<String, Map<SettlementType, List<Place>>> byOblast = new HashMap<>();

  private Settlements() {}

  static Settlements read() {
    Settlements settlements = new Settlements();
    Map<String, String> names = new HashMap<>();
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Settlements.class.getClassLoader().getResourceAsStream(RESOURCE);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.readLine();
      String line;
      while ((line = reader.readLine()) != null) {
        String[] cells = line.split(";", -1);
        rows.add(cells);
        names.put(own(cells), cells[6].strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String[] cells : rows) {
      // City districts (B) stand for their city, which the file lists as a settlement of its own.
      SettlementType type =
          "B".equals(cells[5]) ? null : SettlementType.ofCategory(cells[5]).orElse(null);
      if (type == null) {
        continue;
      }
      String digits = cells[0].substring(2, 4);
      String oblast = "UA-" + ISO_EXCEPTIONS.getOrDefault(digits, digits);
      String hromadaCode = cells[2].isEmpty() ? null : cells[2];
      settlements
          .byOblast
          .computeIfAbsent(oblast, o -> new EnumMap<>(SettlementType.class))
          .computeIfAbsent(type, t -> new ArrayList<>())
          .add(
              new Place(
                  own(cells),
                  cells[6].strip(),
                  cells[1].isEmpty() ? null : cells[1],
                  hromadaCode,
                  hromadaCode == null ? cells[6].strip() : names.get(hromadaCode)));
    }
    return settlements;
  }

  /**
   * A settlement of {@code type} in {@code oblast}, drawn by {@code index}; the nearest type it has
   * when an oblast has none of that type (Kyiv has only itself).
   */
  Place pick(String oblast, SettlementType type, int index) {
    Map<SettlementType, List<Place>> types = byOblast.get(oblast);
    List<Place> places = types.get(type);
    if (places == null) {
      places = types.values().iterator().next();
    }
    return places.get(Math.floorMod(index, places.size()));
  }

  private static String own(String[] cells) {
    for (int level = 4; level >= 0; level--) {
      if (!cells[level].isEmpty()) {
        return cells[level];
      }
    }
    throw new IllegalArgumentException("a row without a code");
  }
}
