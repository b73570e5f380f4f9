package org.hubops.api.reports;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import org.hubops.api.access.Caller;
import org.hubops.api.platform.QueryParams;
import org.hubops.api.platform.Requester;
import org.hubops.api.platform.Violations;
import org.hubops.api.reference.ReferenceDao;
import org.hubops.model.Kyiv;
import org.hubops.model.Quarter;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads the query parameters of the report endpoints, recording a violation that names each one at
 * fault, so that a bad request is a 422 before any report is started.
 */
public final class ReportParams {

  /**
   * The longest hub report: a year, leap or not. Longer is rarely wanted and would make the
   * late-entry cut-off table of {@link ReportDao#sessionIssues} long.
   */
  static final int MAX_RANGE_DAYS = 366;

  private final Jdbi jdbi;
  private final Violations violations;

  public ReportParams(Jdbi jdbi, Violations violations) {
    this.jdbi = jdbi;
    this.violations = violations;
  }

  /** A quarter that has begun by {@code today}; null when the parameters break a rule. */
  public Quarter quarter(String year, String quarter, LocalDate today) {
    boolean given = violations.required("year", year) & violations.required("quarter", quarter);
    int y = QueryParams.integer("year", year, 0, 2000, 2999, violations);
    int q = QueryParams.integer("quarter", quarter, 0, 1, 4, violations);
    if (!given || y == 0 || q == 0) {
      return null;
    }
    Quarter asked = Quarter.of(y, q);
    if (asked.firstDay().isAfter(today)) {
      violations.add("quarter", "report.quarterNotStarted", asked, asked.firstDay());
      return null;
    }
    return asked;
  }

  /**
   * A quarter of one oblast or the country, as {@code caller} may ask for it.
   *
   * @param within a regional officer's oblasts (asking for another is a violation), else null; null
   *     too for a report written for one oblast, which is then its limit
   */
  public record QuarterAsked(Quarter quarter, String oblast, Set<String> within) {}

  /** What a quarter's figures or lists are asked for: the quarter, one oblast or none, within. */
  public interface QuarterFigures<T> {
    T of(Quarter quarter, String oblast, Set<String> within);
  }

  /**
   * The register and the clock a route reads its parameters against, held as one so that a route
   * asking for a quarter takes this instead of the database and the clock.
   */
  public record Reader(Jdbi jdbi, Clock clock) {

    /** Today in Kyiv, the day a quarter must have begun (or ended) by. */
    public LocalDate today() {
      return Kyiv.today(clock);
    }

    /** The parameters of one request, their faults recorded in {@code violations}. */
    public ReportParams of(Violations violations) {
      return new ReportParams(jdbi, violations);
    }

    /** As {@link QuarterQuery#read}, today. */
    public QuarterAsked read(QuarterQuery query) {
      return query.read(jdbi, today());
    }

    /** The figures of the quarter asked, once no parameter breaks a rule (else a 422). */
    public <T> T answer(QuarterQuery query, QuarterFigures<T> figures) {
      QuarterAsked asked = query.asked(jdbi, today());
      return figures.of(asked.quarter(), asked.oblast(), asked.within());
    }
  }

  /**
   * {@code ?year=&quarter=&oblast=} of a quarter's figures or lists, taken by a route as one {@code
   * BeanParam} and read for the caller, with the violations of the request, so that the route adds
   * those of its other parameters before any is answered.
   */
  // The API description reads a bean's parameters from the properties Jackson sees: its fields.
  @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
  public static final class QuarterQuery {

    @QueryParam("year")
    private String year;

    @QueryParam("quarter")
    private String quarter;

    @QueryParam("oblast")
    private String oblast;

    @BeanParam private Requester requester;

    @JsonIgnore private Violations violations;

    public Violations violations() {
      if (violations == null) {
        violations = requester.violations();
      }
      return violations;
    }

    /** The quarter and oblast asked, and the caller's oblasts within it; nothing thrown yet. */
    public QuarterAsked read(Jdbi jdbi, LocalDate today) {
      return new ReportParams(jdbi, violations())
          .quarterOf(year, quarter, oblast, Caller.of(requester.security()), today);
    }

    /** As {@link #read}, and answered 422 when any parameter breaks a rule. */
    public QuarterAsked asked(Jdbi jdbi, LocalDate today) {
      QuarterAsked asked = read(jdbi, today);
      violations().throwIfAny();
      return asked;
    }

    /**
     * The quarter and the one oblast a report is written for ({@link Caller#reportOblast}), its
     * {@code within} null; nothing thrown yet.
     */
    public QuarterAsked readForReport(Jdbi jdbi, LocalDate today) {
      ReportParams params = new ReportParams(jdbi, violations());
      Quarter asked = params.quarter(year, quarter, today);
      String code =
          Caller.of(requester.security()).reportOblast(params.oblast(oblast), violations());
      return new QuarterAsked(asked, code, null);
    }

    /** As {@link #readForReport}, and answered 422 when any parameter breaks a rule. */
    public QuarterAsked askedForReport(Jdbi jdbi, LocalDate today) {
      QuarterAsked asked = readForReport(jdbi, today);
      violations().throwIfAny();
      return asked;
    }
  }

  /** {@code year}, {@code quarter} and {@code oblast} of a quarter's report, for {@code caller}. */
  public QuarterAsked quarterOf(
      String year, String quarter, String oblast, Caller caller, LocalDate today) {
    Quarter asked = quarter(year, quarter, today);
    String code = oblast(oblast);
    return new QuarterAsked(asked, code, caller.oblastsWithin(code, violations.messages()));
  }

  /** An oblast code that exists, upper-cased; null for none (the whole country). */
  public String oblast(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String code = raw.strip().toUpperCase(Locale.ROOT);
    boolean known =
        code.length() <= 8 && jdbi.withExtension(ReferenceDao.class, r -> r.oblastExists(code));
    if (!known) {
      violations.add("oblast", "validation.oblastUnknown", raw.strip());
    }
    return code;
  }

  /**
   * The hub's sessions from {@code from} to {@code to}: both required, in order, begun by {@code
   * today} and at most {@link #MAX_RANGE_DAYS} long; null when they break a rule.
   */
  ReportScope hubScope(String hubCode, String from, String to, LocalDate today) {
    Period period = period(from, to, today);
    return period == null ? null : ReportScope.ofHub(period.from(), period.to(), hubCode);
  }

  /** The days of a report, first to last. */
  public record Period(LocalDate from, LocalDate to) {}

  /**
   * The days from {@code from} to {@code to}: both required, in order, begun by {@code today} and
   * at most {@link #MAX_RANGE_DAYS} long; null when they break a rule.
   */
  public Period period(String from, String to, LocalDate today) {
    boolean given = violations.required("from", from) & violations.required("to", to);
    LocalDate first = QueryParams.date("from", from, violations);
    LocalDate last = QueryParams.date("to", to, violations);
    if (!given || first == null || last == null) {
      return null;
    }
    if (last.isBefore(first)) {
      violations.add("to", "report.rangeReversed", first);
    } else if (first.isAfter(today)) {
      violations.add("from", "report.rangeNotStarted", today);
    } else if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_RANGE_DAYS) {
      violations.add("to", "report.rangeTooLong", MAX_RANGE_DAYS);
    } else {
      return new Period(first, last);
    }
    return null;
  }
}
