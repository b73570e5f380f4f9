package org.hubops.model.rest;

import java.util.List;

/**
 * One coordinator's reminder of a quarter: who gets it and which of their hubs have not submitted.
 *
 * @param email where it goes; {@code null} when the account has none (then it cannot be sent)
 * @param hubs the coordinator's hubs that have no submission for the quarter
 * @param checksDue the equipment of the coordinator's hubs whose physical check is overdue, named
 *     in the same e-mail rather than one e-mail per item
 */
public record Reminder(
    String username, String displayName, String email, List<Hub> hubs, List<CheckDue> checksDue) {

  public Reminder {
    hubs = hubs == null ? List.of() : List.copyOf(hubs);
    checksDue = checksDue == null ? List.of() : List.copyOf(checksDue);
  }

  /**
   * A hub the reminder names.
   *
   * @param submitUrl the hub's page for submitting the quarter
   */
  public record Hub(String code, String name, String submitUrl) {}
}
