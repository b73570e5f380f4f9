package org.hubops.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.hubops.client.ReportReader;
import org.hubops.model.report.HubDataset;
import org.hubops.model.report.SessionLine;
import org.hubops.reports.HubWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code hubops report hub}: one hub's workbook for a date range, its figures and session detail
 * from one read of the service.
 */
@Command(
    name = "hub",
    mixinStandardHelpOptions = true,
    description = "Write one hub's workbook for a date range (at most a year).")
final class HubReport implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ServerOptions server;
  @Mixin OutputFile output;
  @Mixin LanguageOption language;
  @Mixin DetailOption detail;

  @Option(names = "--hub", required = true, paramLabel = "CODE", description = "e.g. LV-0042")
  String hub;

  @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First day")
  LocalDate from;

  @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Last day")
  LocalDate to;

  @Override
  public Integer call() throws CliFailure, IOException {
    CliText text = HubOps.text(spec);
    if (to.isBefore(from)) {
      throw new ParameterException(spec.commandLine(), text.get("args.toBeforeFrom", to, from));
    }
    Progress progress = Progress.onTerminal(spec.commandLine().getErr());
    try (OutputFile.Pending file = output.open(text, OutputFile.XLSX);
        OutputFile.Pending csv = detail.openCsv(output, text)) {
      progress.step(text.get("hub.progress.reading", hub.strip(), server.base()));
      HubDataset dataset;
      try (ReportReader<HubDataset> report =
          server.client(language.language, text).hubReport(hub, from, to)) {
        dataset = report.dataset();
        Iterator<SessionLine> sessions =
            detail.intoCsv(
                csv,
                progress.counting(report.sessions(), text.get("progress.sessions")),
                List.of(dataset.oblast()),
                language.language);
        HubWorkbook workbook = new HubWorkbook(language.language);
        (detail.asCsv() ? workbook.withoutSessionSheets() : workbook)
            .write(dataset, sessions, file.stream());
      }
      String sessions = text.get("sessions", dataset.figures().sessions());
      if (csv != null) {
        csv.commit(spec.commandLine().getOut(), sessions);
      }
      file.commit(
          spec.commandLine().getOut(),
          text.get("hub.wrote", dataset.hub().code(), from, to, sessions));
    }
    return ExitCodes.OK;
  }
}
