package org.hubops.api.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hubops.model.InstitutionType;
import org.hubops.model.SettlementType;

/** A real Ukrainian place the demo puts a hub in, from {@code demo/places.csv}. */
record DemoPlace(
    String oblast,
    String codePrefix,
    String hromada,
    String settlement,
    SettlementType settlementType,
    InstitutionType institutionType,
    String name) {

  /**
   * The first {@code count} places, taken one oblast at a time, so that even a small demo spreads
   * over many oblasts.
   */
  static List<DemoPlace> spread(int count) {
    Map<String, Deque<DemoPlace>> byOblast = new LinkedHashMap<>();
    all().forEach(p -> byOblast.computeIfAbsent(p.oblast(), o -> new ArrayDeque<>()).add(p));
    List<DemoPlace> picked = new ArrayList<>();
    while (picked.size() < count && byOblast.values().stream().anyMatch(q -> !q.isEmpty())) {
      for (Deque<DemoPlace> places : byOblast.values()) {
        if (!places.isEmpty() && picked.size() < count) {
          picked.add(places.poll());
        }
      }
    }
    return picked;
  }

  static List<DemoPlace> all() {
    try (InputStream in = DemoPlace.class.getResourceAsStream("/demo/places.csv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().skip(1).filter(l -> !l.isBlank()).map(DemoPlace::parse).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DemoPlace parse(String line) {
    String[] f = line.split(",", -1);
    return new DemoPlace(
        f[0], f[1], f[2], f[3], SettlementType.valueOf(f[4]), InstitutionType.valueOf(f[5]), f[6]);
  }
}
