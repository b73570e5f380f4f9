package org.hubops.model.report;

import java.util.List;
import java.util.Objects;

/**
 * The figures of one raion of an oblast, from the hubs' settlement codes (КАТОТТГ). The raions of
 * an oblast add up to the oblast: hubs with no raion (Kyiv, Sevastopol, or a hub not yet given a
 * settlement code) form one row of their own, with a null {@code raionCode}.
 *
 * @param oblastCode ISO 3166-2:UA code of the oblast
 * @param raionCode КАТОТТГ code of the raion; null for the hubs of the oblast that have none
 * @param raionName the raion's name; null with {@code raionCode}
 * @param hromadas the raion by hromada, which add up to the raion: filled in the report of one
 *     oblast only (a national report would list some 1,500), else empty
 */
public record RaionFigures(
    String oblastCode,
    String raionCode,
    String raionName,
    int activeHubs,
    int reportingHubs,
    Figures figures,
    List<HromadaFigures> hromadas) {

  public RaionFigures {
    Objects.requireNonNull(oblastCode, "oblastCode");
    figures = Objects.requireNonNullElse(figures, Figures.NONE);
    hromadas = hromadas == null ? List.of() : List.copyOf(hromadas);
  }

  /** A raion without its hromadas. */
  public RaionFigures(
      String oblastCode,
      String raionCode,
      String raionName,
      int activeHubs,
      int reportingHubs,
      Figures figures) {
    this(oblastCode, raionCode, raionName, activeHubs, reportingHubs, figures, List.of());
  }
}
