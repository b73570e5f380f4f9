package org.hubops.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.hubops.model.Quarter;
import org.hubops.model.rest.Reminder;
import org.hubops.model.rest.ReminderPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hubops remind}: e-mails the coordinators whose hubs have not submitted a quarter, or with
 * {@code --dry-run} lists who would get one. The service sends (it holds the SMTP settings) and
 * never reminds anyone twice of the same quarter; an admin's token is needed.
 */
@Command(
    name = "remind",
    mixinStandardHelpOptions = true,
    description = "Remind coordinators by e-mail of a quarter they have not submitted.")
final class Remind implements Callable<Integer> {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @Spec CommandSpec spec;
  @Mixin ServerOptions server;
  @Mixin LanguageOption language;

  @Mixin QuarterOption period;

  @Option(
      names = "--dry-run",
      description = "Only list who would get a reminder now; send nothing.")
  boolean dryRun;

  @Override
  public Integer call() throws CliFailure {
    CliText text = HubOps.text(spec);
    Quarter asked = period.quarter(spec);
    ReminderPlan plan = server.client(language.language, text).reminders(asked, !dryRun);
    PrintWriter out = spec.commandLine().getOut();
    String deadline = DAY.format(plan.deadline());
    if (dryRun) {
      out.println(text.get("remind.wouldSend", asked, plan.recipients().size(), deadline));
      if (!plan.enabled()) {
        out.println(text.get("remind.off"));
      }
    } else {
      out.println(text.get("remind.sent", asked, plan.recipients().size(), deadline));
    }
    list(out, plan.recipients());
    if (!plan.withoutEmail().isEmpty()) {
      out.println(text.get("remind.withoutEmail", plan.withoutEmail().size()));
      list(out, plan.withoutEmail());
    }
    if (plan.alreadyReminded() > 0) {
      out.println(text.get("remind.already", plan.alreadyReminded()));
    }
    if (!plan.failed().isEmpty()) {
      out.println(text.get("remind.failed", String.join(", ", plan.failed())));
    }
    out.flush();
    return plan.failed().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
  }

  /** One line a coordinator: username, name, e-mail and the hubs the reminder names. */
  private static void list(PrintWriter out, List<Reminder> reminders) {
    for (Reminder r : reminders) {
      String hubs = r.hubs().stream().map(Reminder.Hub::code).collect(Collectors.joining(", "));
      out.println(
          "  "
              + r.username()
              + "\t"
              + (r.displayName() == null ? "" : r.displayName())
              + "\t"
              + (r.email() == null ? "-" : r.email())
              + "\t"
              + hubs);
    }
  }
}
