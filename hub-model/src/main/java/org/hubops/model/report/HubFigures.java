package org.hubops.model.report;

import java.util.Objects;

/** The figures of one active hub; a hub that logged nothing has {@link Figures#NONE}. */
public record HubFigures(HubRef hub, Figures figures) {

  public HubFigures {
    Objects.requireNonNull(hub, "hub");
    figures = Objects.requireNonNullElse(figures, Figures.NONE);
  }
}
