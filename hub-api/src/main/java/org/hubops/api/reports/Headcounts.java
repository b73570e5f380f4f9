package org.hubops.api.reports;

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
import org.hubops.model.rest.UnlinkedMarks;

/**
 * A session's attendees counted by sex and age band, and its IDP, disability and veteran counts,
 * kept on the session row itself: those of its attendees ({@code p_idp}...) and, apart, the
 * session's {@link UnlinkedMarks} ({@code u_idp}...), which belong to nobody in the sex and age
 * cells. A headcount's IDP, disability and veteran totals add both. Reports add these columns up
 * over a quarter's 300,000 session rows instead of grouping its 3 million attendee rows; they are
 * written with the attendee rows, in the same transaction, so the two always agree.
 */
public final class Headcounts {

  private static final Gender[] GENDERS = Gender.values();
  private static final AgeBand[] BANDS = AgeBand.values();

  /** Index of the IDP count; disability and veteran follow. */
  public static final int IDP = GENDERS.length * BANDS.length;

  /** Index of the unlinked IDP count; unlinked disability and veteran follow. */
  public static final int UNLINKED = IDP + 3;

  /**
   * The session columns, in the order of {@link #index}, then IDP, disability, veteran of the
   * attendees, then the same unlinked.
   */
  public static final List<String> COLUMNS = columns();

  /**
   * The columns of people counted once each ({@code figure_people_quarter}): {@link #COLUMNS}
   * without the unlinked marks, since a registered person's marks are their own.
   */
  public static final List<String> PEOPLE_COLUMNS = COLUMNS.subList(0, UNLINKED);

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
   * SQL, not by the service (test fixtures). Unlinked marks have no rows and stay as they are.
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
    for (int i = 0; i < UNLINKED; i++) {
      assignments.add(
          "%s = (select count(*) from attendee a where a.session_id = session.id and %s)"
              .formatted(COLUMNS.get(i), conditions.get(i)));
    }
    return "update session set " + String.join(", ", assignments);
  }

  /** The counts of {@code attendees}, in {@link #COLUMNS} order, with no unlinked marks. */
  public static long[] of(List<Attendee> attendees) {
    return of(attendees, UnlinkedMarks.NONE);
  }

  /** The counts of a session's attendees and unlinked marks, in {@link #COLUMNS} order. */
  public static long[] of(List<Attendee> attendees, UnlinkedMarks unlinked) {
    long[] counts = new long[COLUMNS.size()];
    for (Attendee a : attendees) {
      counts[index(a.gender(), a.ageBand())]++;
      counts[IDP] += a.idp() ? 1 : 0;
      counts[IDP + 1] += a.disability() ? 1 : 0;
      counts[IDP + 2] += a.veteran() ? 1 : 0;
    }
    counts[UNLINKED] = unlinked.idp();
    counts[UNLINKED + 1] = unlinked.disability();
    counts[UNLINKED + 2] = unlinked.veteran();
    return counts;
  }

  /** {@code sum(s.p_...) as p_..., ...}: the select list that adds the counts of a group up. */
  public static String sums(String alias) {
    return sums(alias, COLUMNS);
  }

  /** {@link #sums(String)} of some of the {@link #COLUMNS}. */
  public static String sums(String alias, List<String> columns) {
    return columns.stream()
        .map(c -> "coalesce(sum(%s.%s), 0) as %s".formatted(alias, c, c))
        .collect(Collectors.joining(", "));
  }

  /** {@code s.p_..., ...}: the counts of each row. */
  public static String select(String alias) {
    return select(alias, COLUMNS);
  }

  /** {@link #select(String)} of some of the {@link #COLUMNS}. */
  public static String select(String alias, List<String> columns) {
    return columns.stream().map(c -> alias + "." + c).collect(Collectors.joining(", "));
  }

  /** Reads the counts selected by {@link #sums} or {@link #select} into {@code into}. */
  public static void read(ResultSet rs, long[] into) throws SQLException {
    read(rs, into, COLUMNS);
  }

  /** Reads {@code columns}, the first of {@link #COLUMNS}, into the start of {@code into}. */
  public static void read(ResultSet rs, long[] into, List<String> columns) throws SQLException {
    for (int i = 0; i < columns.size(); i++) {
      into[i] += rs.getLong(columns.get(i));
    }
  }

  /**
   * The headcount of counts in {@link #COLUMNS} order: its IDP, disability and veteran totals are
   * the attendees' own marks and the unlinked ones together.
   */
  public static Headcount headcount(long[] counts) {
    Headcount.Builder people = Headcount.builder();
    for (Gender gender : GENDERS) {
      for (AgeBand band : BANDS) {
        people.add(gender, band, counts[index(gender, band)]);
      }
    }
    people.idp(counts[IDP] + counts[UNLINKED]).disability(counts[IDP + 1] + counts[UNLINKED + 1]);
    return people.veteran(counts[IDP + 2] + counts[UNLINKED + 2]).build();
  }

  private static List<String> columns() {
    List<String> columns = new ArrayList<>();
    for (Gender gender : GENDERS) {
      for (AgeBand band : BANDS) {
        columns.add(("p_" + gender + "_" + band).toLowerCase(Locale.ROOT));
      }
    }
    columns.addAll(List.of("p_idp", "p_disability", "p_veteran"));
    columns.addAll(List.of("u_idp", "u_disability", "u_veteran"));
    return List.copyOf(columns);
  }
}
