package org.hubops.model.report;

import java.util.Objects;

/**
 * The figures of one raion of an oblast, from the hubs' settlement codes (КАТОТТГ). The raions of
 * an oblast add up to the oblast: hubs with no raion (Kyiv, Sevastopol, or a hub not yet given a
 * settlement code) form one row of their own, with a null {@code raionCode}.
 *
 * @param oblastCode ISO 3166-2:UA code of the oblast
 * @param raionCode КАТОТТГ code of the raion; null for the hubs of the oblast that have none
 * @param raionName the raion's name; null with {@code raionCode}
 */
public record RaionFigures(
    String oblastCode,
    String raionCode,
    String raionName,
    int activeHubs,
    int reportingHubs,
    Figures figures) {

  public RaionFigures {
    Objects.requireNonNull(oblastCode, "oblastCode");
    figures = Objects.requireNonNullElse(figures, Figures.NONE);
  }
}
