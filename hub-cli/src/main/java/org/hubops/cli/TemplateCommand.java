package org.hubops.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code hubops template}: the workbooks to fill in offline and import. */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    description = "Download a template workbook (.xlsx) to fill in and import.",
    subcommands = {
      SessionTemplateDownload.class,
      ListTemplateDownload.Equipment.class,
      ListTemplateDownload.Hubs.class
    })
final class TemplateCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), HubOps.text(spec).get("args.whichTemplate"));
  }
}
