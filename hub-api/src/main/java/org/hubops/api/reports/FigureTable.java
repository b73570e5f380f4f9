package org.hubops.api.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hubops.model.report.Figures;
import org.hubops.model.report.Headcount;

/**
 * The {@link Figures} of every slice of a scope, put together from the three grouped queries of
 * {@link FigureDao}. Only their result rows pass through here (a few per slice, sex and age band),
 * never sessions or people.
 */
final class FigureTable {

  private final Map<String, Figures> bySlice;

  private FigureTable(Map<String, Figures> bySlice) {
    this.bySlice = bySlice;
  }

  static FigureTable read(FigureDao dao, Slice slice, ReportScope scope) {
    Map<String, Headcount> attendances = headcounts(dao.attendanceCells(slice, scope));
    Map<String, Headcount> participants = headcounts(dao.participantCells(slice, scope));
    Map<String, Figures> figures = new HashMap<>();
    for (FigureDao.SessionCount count : dao.sessionCounts(slice, scope)) {
      if (count.sessions() > 0) {
        figures.put(
            count.slice(),
            new Figures(
                count.sessions(),
                count.minutes(),
                attendances.get(count.slice()),
                participants.get(count.slice())));
      }
    }
    return new FigureTable(figures);
  }

  /** The figures of one slice; {@link Figures#NONE} for a slice with no session. */
  Figures of(String slice) {
    return bySlice.getOrDefault(slice, Figures.NONE);
  }

  /** The figures of {@link Slice#WHOLE}. */
  Figures whole() {
    return of(Slice.WHOLE_KEY);
  }

  /** The slices that have at least one session. */
  Set<String> slices() {
    return bySlice.keySet();
  }

  private static Map<String, Headcount> headcounts(List<FigureDao.PeopleCell> cells) {
    Map<String, Tally> tallies = new HashMap<>();
    for (FigureDao.PeopleCell cell : cells) {
      tallies.computeIfAbsent(cell.slice(), s -> new Tally()).add(cell);
    }
    Map<String, Headcount> headcounts = new HashMap<>();
    tallies.forEach((slice, tally) -> headcounts.put(slice, tally.build()));
    return headcounts;
  }

  /** The cells of one slice; the flags arrive per cell and add up across them. */
  private static final class Tally {
    private final Headcount.Builder cells = Headcount.builder();
    private long idp;
    private long disability;
    private long veteran;

    void add(FigureDao.PeopleCell cell) {
      cells.add(cell.gender(), cell.ageBand(), cell.people());
      idp += cell.idp();
      disability += cell.disability();
      veteran += cell.veteran();
    }

    Headcount build() {
      return cells.idp(idp).disability(disability).veteran(veteran).build();
    }
  }
}
