package org.hubops.model.rest;

import java.time.LocalDate;
import java.util.List;

/**
 * An expected hub that has not submitted a quarter, with whom to call about it.
 *
 * @param lastSession the date of its last session of any quarter, or {@code null} if none
 * @param coordinators its active coordinators
 */
public record HubContacts(
    String hubCode,
    String hubName,
    String oblast,
    LocalDate lastSession,
    List<Contact> coordinators) {

  public HubContacts {
    coordinators = coordinators == null ? List.of() : List.copyOf(coordinators);
  }

  /**
   * A coordinator to reach.
   *
   * @param email {@code null} when the account has none
   */
  public record Contact(String username, String displayName, String email) {}
}
