package org.hubops.api.cycle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hubops.api.reports.CompletenessSource;
import org.hubops.api.reports.ReportScope;
import org.hubops.model.Quarter;
import org.hubops.model.SubmissionState;
import org.hubops.model.report.Completeness;
import org.hubops.model.report.Completeness.MissingHub;
import org.hubops.model.report.Completeness.OblastCompleteness;
import org.hubops.model.report.Completeness.RaionCompleteness;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Who has reported a quarter: every hub expected (active on at least one day of it, as every report
 * counts active hubs), and where its submission stands. The staff dashboard, the API and the
 * workbook all ask this one place.
 */
public final class CompletenessReport implements CompletenessSource {

  private final Jdbi jdbi;
  private final CycleConfiguration calendar;

  public CompletenessReport(Jdbi jdbi, CycleConfiguration calendar) {
    this.jdbi = jdbi;
    this.calendar = calendar;
  }

  public Completeness of(Quarter quarter, String oblast) {
    return of(quarter, oblast, null);
  }

  /**
   * The completeness of the quarter's hubs of {@code oblast} (null: every oblast) that are also in
   * the oblasts {@code within} (null: no limit), as a regional officer sees it.
   */
  public Completeness of(Quarter quarter, String oblast, Set<String> within) {
    return jdbi.inTransaction(
        TransactionIsolationLevel.REPEATABLE_READ,
        handle -> of(handle, quarter, oblast, within, true));
  }

  /**
   * The same, read on {@code handle} (in a report's transaction, of the same moment as it), without
   * the coordinators' names: reports leave the association, the names do not, so they are not read.
   */
  @Override
  public Completeness of(Handle handle, Quarter quarter, String oblast) {
    return of(handle, quarter, oblast, null, false);
  }

  private Completeness of(
      Handle handle, Quarter quarter, String oblast, Set<String> within, boolean contacts) {
    CycleDao dao = handle.attach(CycleDao.class);
    ReportScope scope = new ReportScope(quarter.firstDay(), quarter.lastDay(), oblast, null);
    List<CycleDao.HubStanding> hubs =
        dao.expected(quarter.year(), quarter.quarter(), scope).stream()
            .filter(hub -> within == null || within.contains(hub.oblast()))
            .toList();
    Tally whole = new Tally();
    Map<String, Tally> byOblast = new LinkedHashMap<>();
    Map<List<String>, Tally> byRaion = new LinkedHashMap<>();
    List<MissingHub> missing = new ArrayList<>();
    Map<String, List<String>> coordinators = new HashMap<>();
    for (CycleDao.Coordinator c : contacts ? dao.coordinators() : List.<CycleDao.Coordinator>of()) {
      coordinators.computeIfAbsent(c.hubCode(), h -> new ArrayList<>()).add(c.name());
    }
    for (CycleDao.HubStanding hub : hubs) {
      whole.add(hub);
      byOblast.computeIfAbsent(hub.oblast(), o -> new Tally()).add(hub);
      byRaion
          .computeIfAbsent(
              Arrays.asList(hub.oblast(), hub.raionCode(), hub.raion()), r -> new Tally())
          .add(hub);
      if (Tally.isMissing(hub)) {
        missing.add(
            new MissingHub(
                hub.hubCode(),
                hub.hubName(),
                hub.oblast(),
                coordinators.getOrDefault(hub.hubCode(), List.of()),
                hub.lastSession()));
      }
    }
    List<OblastCompleteness> oblasts =
        byOblast.entrySet().stream().map(e -> e.getValue().of(e.getKey())).toList();
    List<RaionCompleteness> raions =
        byRaion.entrySet().stream()
            .map(e -> e.getValue().of(e.getKey().get(0), e.getKey().get(1), e.getKey().get(2)))
            .toList();
    return new Completeness(
        quarter,
        oblast,
        calendar.deadline(quarter),
        whole.expected,
        whole.submitted,
        whole.onTime,
        whole.submitted - whole.onTime,
        whole.nil,
        whole.returned,
        whole.missing,
        oblasts,
        raions,
        missing);
  }

  /** The counts of one scope, added up hub by hub. */
  private static final class Tally {
    int expected;
    int submitted;
    int onTime;
    int nil;
    int returned;
    int missing;

    void add(CycleDao.HubStanding hub) {
      expected++;
      if (hub.state() != null && SubmissionService.counts(hub.state())) {
        submitted++;
        onTime += Boolean.TRUE.equals(hub.onTime()) ? 1 : 0;
        nil += Boolean.TRUE.equals(hub.nil()) ? 1 : 0;
      } else if (hub.state() == SubmissionState.RETURNED) {
        returned++;
      } else {
        missing++;
      }
    }

    /** No submission, or one an admin reopened and the hub has not yet submitted again. */
    static boolean isMissing(CycleDao.HubStanding hub) {
      return hub.state() == null || hub.state() == SubmissionState.REOPENED;
    }

    RaionCompleteness of(String oblast, String raionCode, String raion) {
      return new RaionCompleteness(
          oblast,
          raionCode,
          raion,
          expected,
          submitted,
          onTime,
          submitted - onTime,
          nil,
          returned,
          missing);
    }

    OblastCompleteness of(String oblast) {
      return new OblastCompleteness(
          oblast, expected, submitted, onTime, submitted - onTime, nil, returned, missing);
    }
  }
}
