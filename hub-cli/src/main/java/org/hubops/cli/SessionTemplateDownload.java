package org.hubops.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.hubops.model.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hubops template sessions}: a hub's session template, with its equipment in the dropdowns,
 * written as the report workbooks are (into place only when complete).
 */
@Command(
    name = "sessions",
    mixinStandardHelpOptions = true,
    description = {
      "Download a hub's session template (.xlsx) to log sessions in offline.",
      "Fill it in and send it with: hubops import sessions FILE --hub CODE"
    })
final class SessionTemplateDownload implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ServerOptions server;
  @Mixin OutputFile output;
  @Mixin LanguageOption language;

  @Option(names = "--hub", required = true, paramLabel = "CODE", description = "e.g. LV-0042")
  String hub;

  @Override
  public Integer call() throws CliFailure, IOException {
    CliText text = HubOps.text(spec);
    Progress progress = Progress.onTerminal(spec.commandLine().getErr());
    try (OutputFile.Pending file = output.open(text, OutputFile.XLSX)) {
      Language lang = language.language;
      progress.step(text.get("template.progress.downloading", hub.strip(), server.base()));
      server.client(lang, text).sessionTemplate(hub, lang, file.stream());
      file.commit(spec.commandLine().getOut(), text.get("template.wrote", hub.strip(), lang.tag()));
    }
    return ExitCodes.OK;
  }
}
