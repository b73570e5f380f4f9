package org.hubops.api.reports;

/**
 * How a report query groups the sessions of its scope: the whole scope, or by month, oblast, hub or
 * topic. Each constant is a fixed SQL fragment spliced into the queries of {@link FigureDao}; none
 * ever holds anything a request sent.
 */
enum Slice {
  /** The whole scope as one row, keyed {@code all}. */
  WHOLE("'all'", "", ""),
  /** Keyed {@code yyyymm}, e.g. {@code 202610}. */
  MONTH(
      "cast(extract(year from s.session_date) as int) * 100"
          + " + cast(extract(month from s.session_date) as int)",
      "",
      null),
  OBLAST("h.oblast_code", "", null),
  HUB("h.code", "", null),
  /** A session with several topics counts under each of them. */
  TOPIC("st.topic_code", "join session_topic st on st.session_id = s.id", null);

  /** The key of the one row of {@link #WHOLE}. */
  static final String WHOLE_KEY = "all";

  private final String key;
  private final String join;
  private final String grouping;

  Slice(String key, String join, String grouping) {
    this.key = key;
    this.join = join;
    // PostgreSQL refuses a constant in GROUP BY, so the whole scope groups by nothing.
    this.grouping = grouping == null ? key + ", " : grouping;
  }

  /** The expression whose value names a row's slice. */
  String key() {
    return key;
  }

  /** Tables to join for the key, after {@code session s} and {@code hub h}. */
  String join() {
    return join;
  }

  /** {@code GROUP BY} for the slice followed by {@code more} columns; may be empty. */
  String groupBy(String more) {
    String columns = grouping + more;
    columns = columns.strip();
    if (columns.endsWith(",")) {
      columns = columns.substring(0, columns.length() - 1);
    }
    return columns.isEmpty() ? "" : "group by " + columns;
  }
}
