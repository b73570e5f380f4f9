package org.hubops.cli;

import java.io.IOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.hubops.model.Language;
import org.hubops.model.report.SessionLine;
import org.hubops.model.rest.Oblast;
import org.hubops.reports.SessionCsv;
import picocli.CommandLine.Option;

/**
 * {@code --detail sheet|csv}: where the session detail goes. In the workbook by default; as a
 * zipped CSV beside it ({@code NAME-sessions.csv.zip} next to {@code NAME.xlsx}) for periods past a
 * sheet's million rows and for tools that read CSV. Either way it comes from the same one read as
 * the figures.
 */
final class DetailOption {

  /** The ending of the CSV file written beside the workbook. */
  static final String CSV_SUFFIX = "-sessions.csv.zip";

  enum Detail {
    SHEET,
    CSV
  }

  @Option(
      names = "--detail",
      paramLabel = "sheet|csv",
      defaultValue = "sheet",
      description =
          "Where the session detail goes: sheet (in the workbook, the default) or csv (a zipped CSV"
              + " beside the workbook, NAME"
              + CSV_SUFFIX
              + ").")
  Detail detail;

  boolean asCsv() {
    return detail == Detail.CSV;
  }

  /** The CSV file to write, started beside the workbook; {@code null} for the detail in a sheet. */
  OutputFile.Pending openCsv(OutputFile output, CliText text) throws CliFailure {
    return asCsv() ? output.openBeside(text, CSV_SUFFIX) : null;
  }

  /**
   * The sessions the workbook is to write: all of them, or none once they went into {@code csv}
   * (which is then read to its end, in the order the service sends).
   */
  Iterator<SessionLine> intoCsv(
      OutputFile.Pending csv,
      Iterator<SessionLine> sessions,
      List<Oblast> oblasts,
      Language language)
      throws IOException {
    if (csv == null) {
      return sessions;
    }
    new SessionCsv(language).write(sessions, oblasts, csv.stream());
    return Collections.emptyIterator();
  }
}
