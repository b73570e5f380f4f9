package org.hubops.model.report;

import java.util.Objects;

/**
 * The figures of one active hub; a hub that logged nothing has {@link Figures#NONE}.
 *
 * @param placeIssue why the hub's place needs fixing ({@link DataIssue#HUB_WITHOUT_SETTLEMENT_CODE}
 *     or {@link DataIssue#HUB_ON_RETIRED_CODE}), or {@code null}: its settlement code is current
 */
public record HubFigures(HubRef hub, Figures figures, DataIssue placeIssue) {

  public HubFigures {
    Objects.requireNonNull(hub, "hub");
    figures = Objects.requireNonNullElse(figures, Figures.NONE);
  }

  /** A hub whose place raises no question. */
  public HubFigures(HubRef hub, Figures figures) {
    this(hub, figures, null);
  }
}
