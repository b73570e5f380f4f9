package org.hubops.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code hubops quarter}: where a quarter stands in the reporting cycle, and its lock. */
@Command(
    name = "quarter",
    mixinStandardHelpOptions = true,
    description = "See who has reported a quarter; lock or unlock it.",
    subcommands = {QuarterStatus.class, QuarterLocking.Lock.class, QuarterLocking.Unlock.class})
final class QuarterCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), HubOps.text(spec).get("args.whichQuarter"));
  }
}
