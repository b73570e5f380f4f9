package org.hubops.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.hubops.model.report.EquipmentDataset;
import org.hubops.reports.EquipmentWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code hubops report equipment}: every item with its state, its audit and its use in a period,
 * for the whole country, one oblast or one funding source (a donor's equipment annex).
 */
@Command(
    name = "equipment",
    mixinStandardHelpOptions = true,
    description = {
      "Write the equipment workbook: items, their state, checks and use in a period.",
      "With --funding, one donor's equipment annex."
    })
final class EquipmentReport implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ServerOptions server;
  @Mixin OutputFile output;
  @Mixin LanguageOption language;

  @Mixin OblastOption oblast;

  @Option(
      names = "--funding",
      paramLabel = "SOURCE",
      description = "Only the items this donor or programme paid for, e.g. USAID")
  String funding;

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM-DD",
      description = "First day of the use counted (default: a year before --to)")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM-DD",
      description = "Last day of the use counted (default: today)")
  LocalDate to;

  @Override
  public Integer call() throws CliFailure, IOException {
    CliText text = HubOps.text(spec);
    if ((from == null) != (to == null)) {
      throw new ParameterException(spec.commandLine(), text.get("args.fromAndTo"));
    }
    if (to != null && to.isBefore(from)) {
      throw new ParameterException(spec.commandLine(), text.get("args.toBeforeFrom", to, from));
    }
    Progress progress = Progress.onTerminal(spec.commandLine().getErr());
    try (OutputFile.Pending file = output.open(text, OutputFile.XLSX)) {
      progress.step(text.get("equipment.progress.reading", server.base()));
      EquipmentDataset dataset =
          server.client(language.language, text).equipmentReport(from, to, oblast.code, funding);
      new EquipmentWorkbook(language.language).write(dataset, file.stream());
      file.commit(
          spec.commandLine().getOut(),
          text.get(
              "equipment.wrote",
              dataset.from(),
              dataset.to(),
              dataset.items().size(),
              dataset.overdueChecks().size(),
              dataset.needingAttention().size()));
    }
    return ExitCodes.OK;
  }
}
