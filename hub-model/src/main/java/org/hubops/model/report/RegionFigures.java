package org.hubops.model.report;

import java.util.Objects;
import org.hubops.model.rest.Oblast;

/**
 * The figures of one oblast. Every oblast of the scope is listed, also one with no active hub.
 *
 * @param activeHubs hubs in the oblast whose status is active
 * @param reportingHubs active hubs in the oblast that logged at least one session
 */
public record RegionFigures(Oblast oblast, int activeHubs, int reportingHubs, Figures figures) {

  public RegionFigures {
    Objects.requireNonNull(oblast, "oblast");
    figures = Objects.requireNonNullElse(figures, Figures.NONE);
  }
}
