package org.hubops.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.hubops.model.report.HubDataset;
import org.hubops.model.report.SessionLine;
import org.hubops.reports.HubWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code hubops report hub}: one hub's workbook for a date range. */
@Command(
    name = "hub",
    mixinStandardHelpOptions = true,
    description = "Write one hub's workbook for a date range (at most a year).")
final class HubReport implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ServerOptions server;
  @Mixin OutputFile output;
  @Mixin LanguageOption language;

  @Option(names = "--hub", required = true, paramLabel = "CODE", description = "e.g. LV-0042")
  String hub;

  @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First day")
  LocalDate from;

  @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Last day")
  LocalDate to;

  @Override
  public Integer call() throws CliFailure, IOException {
    if (to.isBefore(from)) {
      throw new ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
    }
    Progress progress = Progress.onTerminal(spec.commandLine().getErr());
    try (OutputFile.Pending file = output.open()) {
      ServiceClient client = new ServiceClient(server);
      String report = "/api/v1/hubs/" + ServiceClient.encode(hub.strip()) + "/report";
      String query = "?from=" + from + "&to=" + to;
      progress.step("Reading the figures of hub " + hub + " from " + server.base());
      HubDataset dataset =
          client.get(report + query + "&lang=" + language.language.tag(), HubDataset.class);
      progress.step("Writing the workbook with the session detail");
      try (JsonArrayReader<SessionLine> lines =
          client.stream(report + "/sessions" + query, SessionLine.class)) {
        new HubWorkbook(language.language)
            .write(dataset, progress.counting(lines, "sessions"), file.stream());
      }
      file.commit(
          spec.commandLine().getOut(),
          "%s, %s to %s, %,d sessions"
              .formatted(dataset.hub().code(), from, to, dataset.figures().sessions()));
    }
    return ExitCodes.OK;
  }
}
