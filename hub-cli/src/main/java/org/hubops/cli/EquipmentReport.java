package org.hubops.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.hubops.model.report.EquipmentDataset;
import org.hubops.reports.EquipmentWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hubops report equipment}: equipment as it stands today, and what needs repair. */
@Command(
    name = "equipment",
    mixinStandardHelpOptions = true,
    description = "Write the equipment workbook for the whole country or one oblast.")
final class EquipmentReport implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ServerOptions server;
  @Mixin OutputFile output;
  @Mixin LanguageOption language;

  @Mixin OblastOption oblast;

  @Override
  public Integer call() throws CliFailure, IOException {
    CliText text = HubOps.text(spec);
    Progress progress = Progress.onTerminal(spec.commandLine().getErr());
    try (OutputFile.Pending file = output.open(text, OutputFile.XLSX)) {
      progress.step(text.get("equipment.progress.reading", server.base()));
      EquipmentDataset dataset =
          server.client(language.language, text).equipmentReport(oblast.code);
      new EquipmentWorkbook(language.language).write(dataset, file.stream());
      file.commit(
          spec.commandLine().getOut(),
          text.get("equipment.wrote", dataset.asOf(), dataset.needingAttention().size()));
    }
    return ExitCodes.OK;
  }
}
