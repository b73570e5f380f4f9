package org.hubops.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.hubops.client.CycleClient;
import org.hubops.model.Quarter;
import org.hubops.model.rest.QuarterLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hubops quarter lock} and {@code unlock}: one call each, then the lock as it stands. */
final class QuarterLocking {

  private QuarterLocking() {}

  /** What both commands share: the quarter, the service, and saying what stands after. */
  abstract static class Change implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin ServerOptions server;
    @Mixin LanguageOption language;
    @Mixin QuarterOption period;

    abstract BiFunction<CycleClient, Quarter, QuarterLock> change();

    @Override
    public Integer call() throws CliFailure {
      CliText text = HubOps.text(spec);
      Quarter quarter = period.quarter(spec);
      CycleClient cycle = new CycleClient(server.client(language.language, text));
      QuarterLock after = change().apply(cycle, quarter);
      PrintWriter out = spec.commandLine().getOut();
      out.println(CycleText.lock(after, text));
      out.flush();
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "lock",
      mixinStandardHelpOptions = true,
      description =
          "Lock the quarter: its sessions stop changing and every report of it carries the"
              + " figures frozen now (association staff, admins).")
  static final class Lock extends Change {
    @Override
    BiFunction<CycleClient, Quarter, QuarterLock> change() {
      return CycleClient::lockQuarter;
    }
  }

  @Command(
      name = "unlock",
      mixinStandardHelpOptions = true,
      description = "Unlock the quarter again (admins).")
  static final class Unlock extends Change {
    @Override
    BiFunction<CycleClient, Quarter, QuarterLock> change() {
      return CycleClient::unlockQuarter;
    }
  }
}
