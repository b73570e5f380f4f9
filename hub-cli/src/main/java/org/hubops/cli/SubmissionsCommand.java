package org.hubops.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.hubops.client.CycleClient;
import org.hubops.model.SubmissionState;
import org.hubops.model.rest.Submission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hubops submissions}: a quarter's submissions, one line each, for review or follow-up. */
@Command(
    name = "submissions",
    mixinStandardHelpOptions = true,
    description = "List a quarter's submissions, of one oblast or state, or all.")
final class SubmissionsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ServerOptions server;
  @Mixin LanguageOption language;
  @Mixin QuarterOption period;

  @Mixin OblastOption oblast;

  @Option(
      names = "--state",
      paramLabel = "STATE",
      description = "Only this state: ${COMPLETION-CANDIDATES} (default: all).")
  SubmissionState state;

  @Override
  public Integer call() throws CliFailure {
    CliText text = HubOps.text(spec);
    CycleClient cycle = new CycleClient(server.client(language.language, text));
    List<Submission> found = cycle.submissions(period.quarter(spec), oblast.code, state);
    PrintWriter out = spec.commandLine().getOut();
    for (Submission s : found) {
      out.println(
          text.get(
              "submissions.line",
              s.hubCode(),
              s.oblast(),
              s.state().label(language.language),
              s.nil() ? text.get("submissions.nil", s.reason().label(language.language)) : "",
              s.sessions(),
              s.attendances(),
              CycleText.when(s.submittedAt()),
              s.onTime() ? "" : text.get("submissions.late"),
              s.reviewComment() == null ? "" : s.reviewComment()));
    }
    out.println(text.get("submissions.count", found.size()));
    out.flush();
    return ExitCodes.OK;
  }
}
