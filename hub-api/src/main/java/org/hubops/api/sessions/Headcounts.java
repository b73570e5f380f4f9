package org.hubops.api.sessions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hubops.model.AgeBand;
import org.hubops.model.Gender;
import org.hubops.model.report.Headcount;
import org.hubops.model.rest.Attendee;

/**
 * A session's attendees counted by sex and age band, and its IDP, disability and veteran counts,
 * kept on the session row itself. Reports add these columns up over a quarter's 300,000 session
 * rows instead of grouping its 3 million attendee rows; they are written with the attendee rows, in
 * the same transaction, so the two always agree.
 */
public final class Headcounts {

  private static final Gender[] GENDERS = Gender.values();
  private static final AgeBand[] BANDS = AgeBand.values();

  /** Index of the IDP count; disability and veteran follow. */
  public static final int IDP = GENDERS.length * BANDS.length;

  /** The session columns, in the order of {@link #index} and then IDP, disability, veteran. */
  public static final List<String> COLUMNS = columns();

  /** The number of attendees of a session row {@code s}, as an SQL expression. */
  public static final String ATTENDEES =
      "(" + String.join(" + ", COLUMNS.subList(0, IDP).stream().map(c -> "s." + c).toList()) + ")";

  /** A condition true of a session row that counts nobody. */
  public static final String NOBODY = ATTENDEES + " = 0";

  private Headcounts() {}

  /** The position of a sex and age band's count among {@link #COLUMNS}. */
  public static int index(Gender gender, AgeBand band) {
    return gender.ordinal() * BANDS.length + band.ordinal();
  }

  /**
   * Sets every session's counts from its attendee rows, as migration 020 did: for rows written by
   * SQL, not by the service (test fixtures).
   */
  public static String recount() {
    List<String> conditions = new ArrayList<>();
    for (Gender gender : GENDERS) {
      for (AgeBand band : BANDS) {
        conditions.add("a.gender = '%s' and a.age_band = '%s'".formatted(gender, band));
      }
    }
    conditions.addAll(List.of("a.idp", "a.disability", "a.veteran"));
    List<String> assignments = new ArrayList<>();
    for (int i = 0; i < COLUMNS.size(); i++) {
      assignments.add(
          "%s = (select count(*) from attendee a where a.session_id = session.id and %s)"
              .formatted(COLUMNS.get(i), conditions.get(i)));
    }
    return "update session set " + String.join(", ", assignments);
  }

  /** The counts of {@code attendees}, in {@link #COLUMNS} order. */
  public static long[] of(List<Attendee> attendees) {
    long[] counts = new long[COLUMNS.size()];
    for (Attendee a : attendees) {
      counts[index(a.gender(), a.ageBand())]++;
      counts[IDP] += a.idp() ? 1 : 0;
      counts[IDP + 1] += a.disability() ? 1 : 0;
      counts[IDP + 2] += a.veteran() ? 1 : 0;
    }
    return counts;
  }

  /** {@code sum(s.p_...) as p_..., ...}: the select list that adds the counts of a group up. */
  public static String sums(String alias) {
    return COLUMNS.stream()
        .map(c -> "coalesce(sum(%s.%s), 0) as %s".formatted(alias, c, c))
        .collect(Collectors.joining(", "));
  }

  /** {@code s.p_..., ...}: the counts of each row. */
  public static String select(String alias) {
    return COLUMNS.stream().map(c -> alias + "." + c).collect(Collectors.joining(", "));
  }

  /** Reads the counts selected by {@link #sums} or {@link #select} into {@code into}. */
  public static void read(ResultSet rs, long[] into) throws SQLException {
    for (int i = 0; i < into.length; i++) {
      into[i] += rs.getLong(COLUMNS.get(i));
    }
  }

  /** The headcount of counts in {@link #COLUMNS} order. */
  public static Headcount headcount(long[] counts) {
    Headcount.Builder people = Headcount.builder();
    for (Gender gender : GENDERS) {
      for (AgeBand band : BANDS) {
        people.add(gender, band, counts[index(gender, band)]);
      }
    }
    return people.idp(counts[IDP]).disability(counts[IDP + 1]).veteran(counts[IDP + 2]).build();
  }

  private static List<String> columns() {
    List<String> columns = new ArrayList<>();
    for (Gender gender : GENDERS) {
      for (AgeBand band : BANDS) {
        columns.add(("p_" + gender + "_" + band).toLowerCase(Locale.ROOT));
      }
    }
    columns.addAll(List.of("p_idp", "p_disability", "p_veteran"));
    return List.copyOf(columns);
  }
}
