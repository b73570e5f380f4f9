package org.hubops.api.reports;

/**
 * How a report's figures are cut: the whole scope, or by month, oblast, raion, hromada, hub or
 * topic. The SQL fragments are fixed; none ever holds anything a request sent.
 */
enum Slice {
  /** The whole scope as one row, keyed {@code all}. */
  WHOLE("'all'", ""),
  /** Keyed {@code yyyymm}, e.g. {@code 202610}. */
  MONTH(
      "cast(extract(year from s.session_date) as int) * 100"
          + " + cast(extract(month from s.session_date) as int)",
      null),
  OBLAST("h.oblast_code", null),
  /**
   * Keyed by the hub's raion code (КАТОТТГ), or by its oblast's code when it has none, so the
   * raions of an oblast always add up to it.
   */
  RAION("coalesce(h.raion_code, h.oblast_code)", null),
  /**
   * Keyed by the hub's hromada code (КАТОТТГ), or by its raion's (else oblast's) code when it has
   * none, so the hromadas of a raion always add up to it.
   */
  HROMADA("coalesce(h.hromada_code, h.raion_code, h.oblast_code)", null),
  HUB("h.code", null),
  /** A session with several topics counts under each of them. */
  TOPIC("st.topic_code", null);

  /** The key of the one row of {@link #WHOLE}. */
  static final String WHOLE_KEY = "all";

  private final String key;
  private final String groupBy;

  Slice(String key, String groupBy) {
    this.key = key;
    // PostgreSQL refuses a constant in GROUP BY, so the whole scope groups by nothing.
    this.groupBy = groupBy == null ? "group by " + key : groupBy;
  }

  /** The expression whose value names a row's slice. */
  String key() {
    return key;
  }

  /** {@code GROUP BY} for the slice; empty for the whole scope. */
  String groupBy() {
    return groupBy;
  }
}
