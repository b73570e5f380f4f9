package org.hubops.api.reminders;

import jakarta.mail.MessagingException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hubops.api.cycle.CompletenessReport;
import org.hubops.api.equipment.EquipmentChecks;
import org.hubops.api.platform.Database;
import org.hubops.model.Kyiv;
import org.hubops.model.Quarter;
import org.hubops.model.report.Completeness;
import org.hubops.model.report.Completeness.MissingHub;
import org.hubops.model.rest.CheckDue;
import org.hubops.model.rest.HubContacts;
import org.hubops.model.rest.Reminder;
import org.hubops.model.rest.ReminderPlan;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is reminded of a quarter and the sending: one e-mail per coordinator and quarter, naming each
 * of their hubs that the cycle's completeness counts as missing (so a hub that submitted or filed a
 * nil report is never named), and never a second one, whichever instance sends it.
 */
public final class Reminders {

  private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);

  private final Jdbi jdbi;
  private final Clock clock;
  private final CompletenessReport completeness;
  private final Function<Quarter, LocalDate> deadlines;
  private final RemindersConfiguration config;
  private final URI publicUrl;
  private final Mailer mailer;
  private final EquipmentChecks checks;
  private final ReminderText text = new ReminderText();

  /**
   * @param deadlines the last on-time day of each quarter (the cycle's calendar)
   * @param publicUrl the service's address, for the links unless {@code reminders.publicUrl} is set
   * @param checks the equipment audits, whose overdue items each reminder also names
   */
  public Reminders(
      Jdbi jdbi,
      Clock clock,
      CompletenessReport completeness,
      Function<Quarter, LocalDate> deadlines,
      RemindersConfiguration config,
      URI publicUrl,
      EquipmentChecks checks) {
    this.jdbi = jdbi;
    this.checks = checks;
    this.clock = clock;
    this.completeness = completeness;
    this.deadlines = deadlines;
    this.config = config;
    this.publicUrl = config.linksTo(publicUrl);
    this.mailer = config.isEnabled() ? new Mailer(config) : null;
  }

  public boolean enabled() {
    return mailer != null;
  }

  /**
   * The quarter whose reminders are due on {@code today}: the quarter just ended, from {@code
   * daysBeforeDeadline} days before its deadline until the deadline.
   */
  Optional<Quarter> dueOn(LocalDate today) {
    Quarter ended = Quarter.containing(today).previous();
    LocalDate deadline = deadlines.apply(ended);
    boolean inWindow =
        !today.isBefore(deadline.minusDays(config.getDaysBeforeDeadline()))
            && !today.isAfter(deadline);
    return inWindow ? Optional.of(ended) : Optional.empty();
  }

  /** The daily run: sends the reminders due today, if any and if e-mail is configured. */
  public ReminderPlan runDaily() {
    Optional<Quarter> due = dueOn(Kyiv.today(clock));
    if (!enabled() || due.isEmpty()) {
      return null;
    }
    return send(due.get());
  }

  /** Who would get a reminder of {@code quarter} if it were sent now. */
  public ReminderPlan plan(Quarter quarter) {
    return reckon(quarter).plan();
  }

  /** Sends the reminders of {@code quarter} that have not gone yet; what was sent. */
  public ReminderPlan send(Quarter quarter) {
    if (!enabled()) {
      throw new IllegalStateException("Reminders are off: no reminders.smtpHost is configured");
    }
    Reckoning reckoning = reckon(quarter);
    ReminderPlan plan = reckoning.plan();
    LocalDate deadline = plan.deadline();
    List<Reminder> sent = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (Reminder reminder : plan.recipients()) {
      UUID accountId = reckoning.accountIds().get(reminder.username());
      String hubCodes =
          reminder.hubs().stream().map(Reminder.Hub::code).collect(Collectors.joining(","));
      if (!claim(accountId, quarter, reminder.email(), hubCodes)) {
        continue; // another run claimed it a moment ago
      }
      try {
        mailer.send(
            reminder.email(),
            text.subject(quarter, deadline),
            text.body(reminder, quarter, deadline));
        sent.add(reminder);
      } catch (MessagingException | RuntimeException e) {
        // Names the account, never the address: e-mail addresses are personal data.
        LOG.warn("Reminder of {} to {} not sent: {}", quarter, reminder.username(), e.toString());
        jdbi.useExtension(
            ReminderDao.class, dao -> dao.release(accountId, quarter.year(), quarter.quarter()));
        failed.add(reminder.username());
      }
    }
    if (!sent.isEmpty() || !failed.isEmpty()) {
      LOG.info("Reminders of {}: {} sent, {} failed", quarter, sent.size(), failed.size());
    }
    return new ReminderPlan(
        quarter, deadline, true, sent, plan.withoutEmail(), plan.alreadyReminded(), failed);
  }

  /**
   * The expected hubs of {@code quarter} that have not submitted, each with its coordinators'
   * contacts: of {@code oblast} (null: all) within {@code within} (null: no limit).
   */
  public List<HubContacts> missingHubs(Quarter quarter, String oblast, Set<String> within) {
    Completeness answer = completeness.of(quarter, oblast, within);
    Map<String, List<ReminderDao.CoordinatorOfHub>> byHub = coordinatorsByHub();
    return answer.missingHubs().stream()
        .map(
            hub ->
                new HubContacts(
                    hub.hubCode(),
                    hub.hubName(),
                    hub.oblast(),
                    hub.lastSession(),
                    byHub.getOrDefault(hub.hubCode(), List.of()).stream()
                        .map(c -> new HubContacts.Contact(c.username(), c.displayName(), c.email()))
                        .toList()))
        .toList();
  }

  /** A plan, and the account behind each username in it. */
  private record Reckoning(ReminderPlan plan, Map<String, UUID> accountIds) {}

  private Reckoning reckon(Quarter quarter) {
    Completeness answer = completeness.of(quarter, null);
    Map<String, List<ReminderDao.CoordinatorOfHub>> byHub = coordinatorsByHub();
    Set<UUID> reminded =
        jdbi.withExtension(
            ReminderDao.class, dao -> dao.reminded(quarter.year(), quarter.quarter()));
    // One reminder per coordinator, naming every hub of theirs that is missing.
    Map<UUID, ReminderDao.CoordinatorOfHub> people = new LinkedHashMap<>();
    Map<UUID, List<Reminder.Hub>> hubsOf = new HashMap<>();
    for (MissingHub hub : answer.missingHubs()) {
      for (ReminderDao.CoordinatorOfHub c : byHub.getOrDefault(hub.hubCode(), List.of())) {
        people.putIfAbsent(c.accountId(), c);
        hubsOf
            .computeIfAbsent(c.accountId(), id -> new ArrayList<>())
            .add(new Reminder.Hub(hub.hubCode(), hub.hubName(), submitUrl(hub.hubCode(), quarter)));
      }
    }
    List<Reminder> recipients = new ArrayList<>();
    List<Reminder> withoutEmail = new ArrayList<>();
    int alreadyReminded = 0;
    Map<String, List<CheckDue>> overdue = overdueByHub();
    // Every hub of each coordinator, read once: a national run has thousands of both.
    Map<UUID, List<String>> hubCodesOf = new HashMap<>();
    byHub.forEach(
        (hubCode, coordinators) ->
            coordinators.forEach(
                o ->
                    hubCodesOf
                        .computeIfAbsent(o.accountId(), id -> new ArrayList<>())
                        .add(hubCode)));
    for (ReminderDao.CoordinatorOfHub c : people.values()) {
      // Overdue checks at any of the coordinator's hubs, not only those that have not submitted.
      List<CheckDue> toCheck =
          hubCodesOf.getOrDefault(c.accountId(), List.of()).stream()
              .flatMap(hubCode -> overdue.getOrDefault(hubCode, List.of()).stream())
              .toList();
      Reminder reminder =
          new Reminder(
              c.username(), c.displayName(), c.email(), hubsOf.get(c.accountId()), toCheck);
      if (reminded.contains(c.accountId())) {
        alreadyReminded++;
      } else if (c.email() == null || c.email().isBlank()) {
        withoutEmail.add(reminder);
      } else {
        recipients.add(reminder);
      }
    }
    Map<String, UUID> accountIds = new HashMap<>();
    people.forEach((id, c) -> accountIds.put(c.username(), id));
    ReminderPlan plan =
        new ReminderPlan(
            quarter,
            deadlines.apply(quarter),
            enabled(),
            recipients,
            withoutEmail,
            alreadyReminded,
            List.of());
    return new Reckoning(plan, accountIds);
  }

  private Map<String, List<CheckDue>> overdueByHub() {
    if (checks == null) {
      return Map.of();
    }
    return checks.due(null, null).stream()
        .filter(CheckDue::overdue)
        .collect(Collectors.groupingBy(CheckDue::hubCode));
  }

  /** The coordinator's page for submitting the quarter: {@code /hubs/LV-0042/submit/2026-Q3}. */
  String submitUrl(String hubCode, Quarter quarter) {
    String base = publicUrl.toString().replaceAll("/+$", "");
    return base + "/hubs/" + hubCode + "/submit/" + quarter;
  }

  private Map<String, List<ReminderDao.CoordinatorOfHub>> coordinatorsByHub() {
    return jdbi.withExtension(ReminderDao.class, ReminderDao::coordinators).stream()
        .collect(
            Collectors.groupingBy(
                ReminderDao.CoordinatorOfHub::hubCode, LinkedHashMap::new, Collectors.toList()));
  }

  /** False when the reminder was claimed (sent) already. */
  private boolean claim(UUID accountId, Quarter quarter, String email, String hubCodes) {
    try {
      jdbi.useExtension(
          ReminderDao.class,
          dao ->
              dao.claim(
                  accountId, quarter.year(), quarter.quarter(), email, hubCodes, clock.instant()));
      return true;
    } catch (RuntimeException e) {
      if (Database.isUniqueViolation(e)) {
        return false;
      }
      throw e;
    }
  }
}
