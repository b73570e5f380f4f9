package org.hubops.api.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hubops.api.hubs.HubService;
import org.hubops.api.participants.ParticipantService;
import org.hubops.api.platform.ProblemException;
import org.hubops.model.Kyiv;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.RetentionDue;
import org.hubops.model.rest.RetentionRun;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names and phones exist so that a hub recognises returning learners; once a person has not come
 * for {@code retentionMonths}, they are erased (as {@link ParticipantService#erase} does it, the
 * one erasure there is). The daily job and the admin's "run now" both call {@link #run}; the dry
 * run lists who is due, by hub code and participant code, never by name.
 */
public record Retention(
    Jdbi jdbi,
    Clock clock,
    PrivacyConfiguration config,
    HubService hubs,
    ParticipantService participants) {

  /** The actor of the daily job's erasures in the audit trail. */
  static final String JOB = "retention-job";

  private static final Logger LOG = LoggerFactory.getLogger(Retention.class);

  private int months() {
    return config.getRetentionMonths();
  }

  /** The first day whose attendance still keeps a person's name: today less the period. */
  LocalDate cutoff() {
    return Kyiv.today(clock).minusMonths(months());
  }

  RetentionRun dryRun() {
    LocalDate cutoff = cutoff();
    return new RetentionRun(true, cutoff, months(), 0, due(cutoff));
  }

  /** Erases everyone due, each in a transaction of its own, so one failure stops no other. */
  RetentionRun run(String actor) {
    LocalDate cutoff = cutoff();
    List<RetentionDue> due = due(cutoff);
    Map<UUID, Hub> byId =
        due.stream()
            .map(RetentionDue::hubId)
            .distinct()
            .map(id -> hubs.resolve(id.toString()))
            .collect(Collectors.toMap(Hub::id, Function.identity()));
    int erased = 0;
    for (RetentionDue person : due) {
      try {
        if (participants.erase(
            byId.get(person.hubId()),
            person.participantId(),
            actor,
            ParticipantService.Erasure.RETENTION)) {
          erased++;
        }
      } catch (ProblemException e) {
        // Edited at this very moment (409): the next run takes them.
        LOG.warn(
            "Retention: participant {} not erased now: {}", person.participantId(), e.status());
      }
    }
    LOG.info(
        "Retention: {} of {} due erased (last attendance before {})", erased, due.size(), cutoff);
    return new RetentionRun(false, cutoff, months(), erased, due);
  }

  private List<RetentionDue> due(LocalDate cutoff) {
    return jdbi.withExtension(RetentionDao.class, dao -> dao.due(cutoff));
  }
}
