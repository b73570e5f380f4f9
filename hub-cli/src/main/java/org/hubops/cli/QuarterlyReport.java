package org.hubops.cli;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.concurrent.Callable;
import org.hubops.client.ReportReader;
import org.hubops.model.Kyiv;
import org.hubops.model.Quarter;
import org.hubops.model.report.QuarterlyDataset;
import org.hubops.model.report.SessionLine;
import org.hubops.reports.QuarterlyWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code hubops report quarterly}: the workbook the association sends to donors. The service reads
 * the quarter once and streams it as one answer, the session lines first and then the figures, so
 * the detail goes straight into the workbook while the service counts, and every sheet comes from
 * the same read.
 */
@Command(
    name = "quarterly",
    mixinStandardHelpOptions = true,
    description = "Write the quarterly workbook for the whole country or one oblast.")
final class QuarterlyReport implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ServerOptions server;
  @Mixin OutputFile output;
  @Mixin LanguageOption language;

  @Mixin QuarterOption period;

  @Mixin OblastOption oblast;

  @Mixin DetailOption detail;

  @Override
  public Integer call() throws CliFailure, IOException {
    CliText text = HubOps.text(spec);
    Quarter asked = period.quarter(spec);
    Progress progress = Progress.onTerminal(spec.commandLine().getErr());
    try (OutputFile.Pending file = output.open(text, OutputFile.XLSX);
        OutputFile.Pending csv = detail.openCsv(output, text)) {
      progress.step(text.get("quarterly.progress.counting", asked, server.base()));
      QuarterlyDataset dataset;
      try (ReportReader<QuarterlyDataset> report =
          server.client(language.language, text).quarterlyReport(asked, oblast.code)) {
        progress.step(
            text.get(detail.asCsv() ? "progress.writingCsv" : "quarterly.progress.writing"));
        Iterator<SessionLine> sessions =
            detail.intoCsv(
                csv,
                progress.counting(report.sessions(), text.get("progress.sessions")),
                report.oblasts(),
                language.language);
        QuarterlyWorkbook workbook = new QuarterlyWorkbook(language.language);
        (detail.asCsv() ? workbook.withoutSessionSheets() : workbook)
            .write(report::dataset, report.oblasts(), sessions, file.stream());
        dataset = report.dataset();
      }
      long count = dataset.current().figures().sessions();
      if (csv != null) {
        csv.commit(spec.commandLine().getOut(), text.get("sessions", count));
      }
      file.commit(
          spec.commandLine().getOut(),
          text.get("quarterly.wrote", asked, text.get("sessions", count), progress.seconds()));
    }
    LocalDate today = Kyiv.today(Clock.systemUTC());
    if (!today.isAfter(asked.lastDay())) {
      spec.commandLine().getOut().println(text.get("quarterly.running", asked, asked.lastDay()));
      spec.commandLine().getOut().flush();
    }
    return ExitCodes.OK;
  }
}
