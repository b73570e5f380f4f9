package org.hubops.api.reminders;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.hubops.api.platform.Messages;
import org.hubops.model.Language;
import org.hubops.model.Quarter;
import org.hubops.model.rest.CheckDue;
import org.hubops.model.rest.Reminder;

/**
 * The words of a reminder: Ukrainian, as coordinators read HubOps, with one English line for the
 * few who do not. Plain text, so that every mail program in a village library shows it alike.
 */
final class ReminderText {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final Messages uk = Messages.in(Language.UK);
  private final Messages en = Messages.in(Language.EN);

  String subject(Quarter quarter, LocalDate deadline) {
    return uk.get("reminder.subject", quarter.toString(), DAY.format(deadline));
  }

  String body(Reminder reminder, Quarter quarter, LocalDate deadline) {
    String due = DAY.format(deadline);
    String name = reminder.displayName() == null ? reminder.username() : reminder.displayName();
    StringBuilder text = new StringBuilder();
    text.append(uk.get("reminder.greeting", name)).append("\n\n");
    text.append(uk.get("reminder.intro", quarter.toString(), due)).append("\n\n");
    for (Reminder.Hub hub : reminder.hubs()) {
      text.append(uk.get("reminder.hub", hub.code(), hub.name(), hub.submitUrl())).append('\n');
    }
    text.append('\n').append(uk.get("reminder.nil")).append("\n\n");
    if (!reminder.checksDue().isEmpty()) {
      text.append(uk.get("reminder.checksDue")).append('\n');
      for (CheckDue item : reminder.checksDue()) {
        text.append(
                uk.get(
                    "reminder.checkDue",
                    item.hubCode(),
                    item.inventoryNumber(),
                    item.model() == null ? item.category().labelUk() : item.model(),
                    DAY.format(item.dueOn())))
            .append('\n');
      }
      text.append('\n');
    }
    text.append(en.get("reminder.englishLine", quarter.toString(), due)).append("\n\n");
    text.append("-- \n").append(uk.get("reminder.signature")).append('\n');
    return text.toString();
  }
}
