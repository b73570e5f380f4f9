package org.hubops.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.hubops.model.Language;
import org.hubops.reports.ListTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hubops template equipment --hub CODE} and {@code hubops template hubs}: the empty list
 * workbooks with the import's headers, a hint on every cell and an instructions sheet of every
 * column and allowed value. Written here, with no call to the service: they hold nothing of its
 * data, so a coordinator can get one offline.
 */
final class ListTemplateDownload {

  private ListTemplateDownload() {}

  @Command(
      name = "equipment",
      mixinStandardHelpOptions = true,
      description = {
        "Write the template of a hub's equipment list (.xlsx): every column explained.",
        "Fill it in and send it with: hubops import equipment FILE --hub CODE"
      })
  static final class Equipment implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin OutputFile output;
    @Mixin LanguageOption language;

    @Option(names = "--hub", required = true, paramLabel = "CODE", description = "e.g. LV-0042")
    String hub;

    @Override
    public Integer call() throws CliFailure, IOException {
      CliText text = HubOps.text(spec);
      Language lang = language.language;
      try (OutputFile.Pending file = output.open(text, OutputFile.XLSX)) {
        ListTemplate.equipment(hub.strip(), lang, file.stream());
        file.commit(
            spec.commandLine().getOut(),
            text.get("template.wroteEquipment", hub.strip(), lang.tag()));
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "hubs",
      mixinStandardHelpOptions = true,
      description = {
        "Write the template of the hub register (.xlsx): every column explained.",
        "Fill it in and send it with: hubops import hubs FILE"
      })
  static final class Hubs implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin OutputFile output;
    @Mixin LanguageOption language;

    @Override
    public Integer call() throws CliFailure, IOException {
      CliText text = HubOps.text(spec);
      Language lang = language.language;
      try (OutputFile.Pending file = output.open(text, OutputFile.XLSX)) {
        ListTemplate.hubs(lang, file.stream());
        file.commit(spec.commandLine().getOut(), text.get("template.wroteHubs", lang.tag()));
      }
      return ExitCodes.OK;
    }
  }
}
