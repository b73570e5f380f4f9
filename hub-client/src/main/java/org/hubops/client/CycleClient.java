package org.hubops.client;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.hubops.model.Quarter;
import org.hubops.model.SubmissionState;
import org.hubops.model.report.Completeness;
import org.hubops.model.rest.QuarterLock;
import org.hubops.model.rest.Submission;

/**
 * The reporting cycle's calls, over a {@link HubClient}: who has reported a quarter, its
 * submissions, and its lock. Problems come back as the client's exceptions, as for every call.
 */
public final class CycleClient {

  private final HubClient http;

  public CycleClient(HubClient http) {
    this.http = http;
  }

  /** {@code GET /quarters/{q}/lock}: whether the quarter is locked, since when and by whom. */
  public QuarterLock lock(Quarter quarter) {
    return http.get(lockPath(quarter), QuarterLock.class);
  }

  /** {@code PUT /quarters/{q}/lock}: locks the quarter, freezing its figures. */
  public QuarterLock lockQuarter(Quarter quarter) {
    return http.put(lockPath(quarter), null, QuarterLock.class);
  }

  /** {@code DELETE /quarters/{q}/lock}: unlocks it (admins). */
  public QuarterLock unlockQuarter(Quarter quarter) {
    return http.delete(lockPath(quarter), QuarterLock.class);
  }

  /** {@code GET /reports/completeness}: who has reported, nationally or for one oblast. */
  public Completeness completeness(Quarter quarter, String oblast) {
    return http.get("/api/v1/reports/completeness" + query(quarter, oblast), Completeness.class);
  }

  /** {@code GET /submissions}: the quarter's submissions, of one oblast or state, or all. */
  public List<Submission> submissions(Quarter quarter, String oblast, SubmissionState state) {
    String query = query(quarter, oblast) + (state == null ? "" : "&state=" + state.name());
    return http.get("/api/v1/submissions" + query, new TypeReference<List<Submission>>() {});
  }

  private static String lockPath(Quarter quarter) {
    return "/api/v1/quarters/" + quarter + "/lock";
  }

  private static String query(Quarter quarter, String oblast) {
    String query = "?year=" + quarter.year() + "&quarter=" + quarter.quarter();
    if (oblast != null && !oblast.isBlank()) {
      query += "&oblast=" + HubClient.encode(oblast.strip());
    }
    return query;
  }
}
