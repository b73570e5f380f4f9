package org.hubops.model.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.hubops.model.SessionKind;

/**
 * A session that needs a second look: one without attendees, or one recorded late. A session with
 * both problems appears twice. Hubs that logged nothing are not listed here: the writers find them
 * among the hub figures.
 */
public record SessionIssue(
    DataIssue issue, LocalDate date, HubRef hub, SessionKind kind, Instant createdAt) {

  public SessionIssue {
    Objects.requireNonNull(issue, "issue");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(hub, "hub");
    Objects.requireNonNull(createdAt, "createdAt");
    if (issue == DataIssue.HUB_WITHOUT_SESSIONS) {
      throw new IllegalArgumentException("a session issue cannot be " + issue);
    }
  }
}
