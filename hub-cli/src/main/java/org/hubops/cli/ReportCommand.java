package org.hubops.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code hubops report}: the workbooks; it does nothing itself but name them. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Write a report workbook (.xlsx).",
    subcommands = {QuarterlyReport.class, HubReport.class, EquipmentReport.class})
final class ReportCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), HubOps.text(spec).get("args.whichReport"));
  }
}
