package org.hubops.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hubops.client.CycleClient;
import org.hubops.client.HubClient;
import org.hubops.model.Quarter;
import org.hubops.model.report.Completeness;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code hubops quarter status}: at the deadline, who has reported, who filed nil, who is missing
 * and whom to call, and whether the quarter is locked.
 */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description =
        "Who has reported the quarter, per oblast (per raion with --oblast), and the hubs still"
            + " missing.")
final class QuarterStatus implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ServerOptions server;
  @Mixin LanguageOption language;
  @Mixin QuarterOption period;

  @Mixin OblastOption oblast;

  @Override
  public Integer call() throws CliFailure {
    CliText text = HubOps.text(spec);
    Quarter quarter = period.quarter(spec);
    HubClient client = server.client(language.language, text);
    CycleClient cycle = new CycleClient(client);
    Map<String, String> names = new HashMap<>();
    client.oblasts().forEach(o -> names.put(o.code(), o.name(language.language)));
    PrintWriter out = spec.commandLine().getOut();
    out.println(CycleText.lock(cycle.lock(quarter), text));
    Completeness c = cycle.completeness(quarter, oblast.code);
    out.println(text.get("quarter.deadline", c.deadline()));
    out.println(
        counts(
            text,
            text.get("quarter.scope"),
            c.expected(),
            c.submitted(),
            c.onTime(),
            c.late(),
            c.nil(),
            c.returned(),
            c.missing()));
    for (Completeness.OblastCompleteness o : c.oblasts()) {
      out.println(
          counts(
              text,
              names.getOrDefault(o.oblast(), o.oblast()),
              o.expected(),
              o.submitted(),
              o.onTime(),
              o.late(),
              o.nil(),
              o.returned(),
              o.missing()));
    }
    if (oblast.code != null) {
      // One oblast: its raions, so a regional office sees which lag behind.
      for (Completeness.RaionCompleteness r : c.raions()) {
        out.println(
            "  "
                + counts(
                    text,
                    r.raion() == null ? text.get("quarter.noRaion") : r.raion(),
                    r.expected(),
                    r.submitted(),
                    r.onTime(),
                    r.late(),
                    r.nil(),
                    r.returned(),
                    r.missing()));
      }
    }
    if (!c.missingHubs().isEmpty()) {
      out.println(text.get("quarter.missingTitle", c.missingHubs().size()));
      for (Completeness.MissingHub hub : c.missingHubs()) {
        out.println(
            text.get(
                "quarter.missingHub",
                hub.hubCode(),
                hub.hubName(),
                names.getOrDefault(hub.oblast(), hub.oblast()),
                hub.coordinators().isEmpty() ? "—" : String.join(", ", hub.coordinators()),
                hub.lastSession() == null ? "—" : hub.lastSession().toString()));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static String counts(CliText text, String scope, int... n) {
    return text.get("quarter.counts", scope, n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
  }
}
