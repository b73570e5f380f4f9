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

/**
 * A real Ukrainian settlement the demo puts a hub in, from {@code demo/places.csv}: its codifier
 * (КАТОТТГ) code, from which the hub's oblast, raion, hromada and type follow. Most are villages,
 * as most hub libraries are.
 */
record DemoPlace(
    String oblast,
    String codePrefix,
    String settlementCode,
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
    return new DemoPlace(f[0], f[1], f[2], InstitutionType.valueOf(f[3]), f[4]);
  }
}
