package org.hubops.model.rest;

import java.time.LocalDate;
import java.util.List;
import org.hubops.model.Quarter;

/**
 * Who would be reminded of a quarter now (a dry run), or who was (after sending).
 *
 * @param deadline the last day a submission of the quarter is on time
 * @param enabled whether the service can send e-mail at all (an SMTP host is configured)
 * @param recipients coordinators who get (or got) a reminder now
 * @param withoutEmail coordinators of hubs that have not submitted, with no e-mail to send to
 * @param alreadyReminded coordinators reminded of this quarter before, who get no second one
 * @param failed coordinators whose e-mail the SMTP server refused (tried again on the next run)
 */
public record ReminderPlan(
    Quarter quarter,
    LocalDate deadline,
    boolean enabled,
    List<Reminder> recipients,
    List<Reminder> withoutEmail,
    int alreadyReminded,
    List<String> failed) {

  public ReminderPlan {
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
    withoutEmail = withoutEmail == null ? List.of() : List.copyOf(withoutEmail);
    failed = failed == null ? List.of() : List.copyOf(failed);
  }
}
