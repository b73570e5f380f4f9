package org.hubops.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.hubops.model.Quarter;
import org.hubops.model.report.QuarterlyDataset;
import org.hubops.model.report.SessionLine;
import org.hubops.model.rest.Oblast;
import org.hubops.reports.QuarterlyWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code hubops report quarterly}: the workbook the association sends to donors. The figures come
 * as one JSON dataset; the session detail streams line by line straight into the workbook.
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

  @Option(names = "--year", required = true, paramLabel = "YYYY", description = "e.g. 2026")
  int year;

  @Option(names = "--quarter", required = true, paramLabel = "1-4", description = "1 to 4")
  int quarter;

  @Option(
      names = "--oblast",
      paramLabel = "CODE",
      description = "Only this oblast, by ISO code, e.g. UA-46 (default: the whole country).")
  String oblast;

  @Override
  public Integer call() throws CliFailure, IOException {
    Quarter asked = quarter();
    Progress progress = Progress.onTerminal(spec.commandLine().getErr());
    try (OutputFile.Pending file = output.open()) {
      ServiceClient client = new ServiceClient(server);
      String query = "?year=" + year + "&quarter=" + quarter;
      if (oblast != null && !oblast.isBlank()) {
        query += "&oblast=" + ServiceClient.encode(oblast.strip());
      }
      String scope = query;
      progress.step("Counting the figures of " + asked + " at " + server.base());
      // The service counts the figures while the session detail streams into the workbook.
      CompletableFuture<QuarterlyDataset> figures =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return client.get(
                      "/api/v1/reports/quarterly" + scope + "&lang=" + language.language.tag(),
                      QuarterlyDataset.class);
                } catch (CliFailure failure) {
                  throw new CompletionException(failure);
                }
              });
      List<Oblast> oblasts = List.of(client.get("/api/v1/oblasts", Oblast[].class));
      progress.step("Writing the workbook with the session detail");
      try (JsonArrayReader<SessionLine> lines =
          client.stream("/api/v1/reports/quarterly/sessions" + query, SessionLine.class)) {
        new QuarterlyWorkbook(language.language)
            .write(
                () -> figures.join(), oblasts, progress.counting(lines, "sessions"), file.stream());
      } catch (CompletionException e) {
        if (e.getCause() instanceof CliFailure failure) {
          throw failure;
        }
        throw e;
      }
      QuarterlyDataset dataset = figures.join();
      file.commit(
          spec.commandLine().getOut(),
          "%s, %,d sessions, %.1f s"
              .formatted(asked, dataset.current().figures().sessions(), progress.seconds()));
    }
    return ExitCodes.OK;
  }

  private Quarter quarter() {
    try {
      return Quarter.of(year, quarter);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(), "Invalid --year or --quarter: " + e.getMessage());
    }
  }
}
