package org.hubops.model.report;

import java.util.Objects;

/**
 * The headline figures of a whole report scope (the country or one oblast) for one quarter.
 *
 * @param activeHubs hubs whose status is active
 * @param reportingHubs active hubs that logged at least one session in the quarter
 */
public record Overview(int activeHubs, int reportingHubs, Figures figures) {

  public Overview {
    figures = Objects.requireNonNullElse(figures, Figures.NONE);
  }
}
