package org.hubops.model.report;

import java.util.Objects;

/**
 * The figures of one hromada (territorial community) of a raion, from the hubs' settlement codes
 * (КАТОТТГ). The hromadas of a raion add up to the raion: its hubs with no hromada (not yet given a
 * settlement code) form one row of their own, with a null {@code hromadaCode}.
 *
 * @param hromadaCode КАТОТТГ code of the hromada; null for the hubs of the raion that have none
 * @param hromadaName the hromada's name; null with {@code hromadaCode}
 */
public record HromadaFigures(
    String hromadaCode, String hromadaName, int activeHubs, int reportingHubs, Figures figures) {

  public HromadaFigures {
    figures = Objects.requireNonNullElse(figures, Figures.NONE);
  }
}
