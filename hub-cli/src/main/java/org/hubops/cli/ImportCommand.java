package org.hubops.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code hubops import}: files into the service; it does nothing itself but name them. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import a file (.xlsx or CSV) into the service.",
      "Nothing is stored unless the whole file is valid; importing it again stores nothing new."
    },
    subcommands = {SessionImport.class, EquipmentImport.class, HubImport.class})
final class ImportCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), HubOps.text(spec).get("args.importWhat"));
  }
}
