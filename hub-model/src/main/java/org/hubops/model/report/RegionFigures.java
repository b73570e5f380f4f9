package org.hubops.model.report;

import java.util.List;
import java.util.Objects;
import org.hubops.model.rest.Oblast;

/**
 * The figures of one oblast. Every oblast of the scope is listed, also one with no active hub.
 *
 * @param activeHubs hubs in the oblast whose status is active
 * @param reportingHubs active hubs in the oblast that logged at least one session
 * @param raions the oblast by raion: the raions with an active hub or a session, which add up to
 *     the oblast (empty in a dataset frozen before raions were reported)
 */
public record RegionFigures(
    Oblast oblast, int activeHubs, int reportingHubs, Figures figures, List<RaionFigures> raions) {

  public RegionFigures {
    Objects.requireNonNull(oblast, "oblast");
    figures = Objects.requireNonNullElse(figures, Figures.NONE);
    raions = raions == null ? List.of() : List.copyOf(raions);
  }

  /** An oblast without its raions. */
  public RegionFigures(Oblast oblast, int activeHubs, int reportingHubs, Figures figures) {
    this(oblast, activeHubs, reportingHubs, figures, List.of());
  }
}
