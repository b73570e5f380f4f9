package org.hubops.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hubops.client.MultipartBody;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hubops import equipment}: a hub's equipment list, keyed by inventory number. */
@Command(
    name = "equipment",
    mixinStandardHelpOptions = true,
    description =
        "Import a hub's equipment list (.xlsx or CSV); items are matched by inventory number.")
final class EquipmentImport implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ServerOptions server;
  @Mixin ImportOptions options;

  @Option(names = "--hub", required = true, paramLabel = "CODE", description = "e.g. LV-0042")
  String hub;

  @Parameters(index = "0", paramLabel = "FILE", description = "The equipment list (.xlsx or CSV).")
  Path file;

  @Override
  public Integer call() throws CliFailure {
    ImportUpload upload = new ImportUpload(spec, server, options);
    return upload.run(
        ImportUpload.Records.EQUIPMENT,
        upload.hub(hub),
        List.of(new MultipartBody.FilePart("file", file)),
        (client, form, dryRun, sent) -> client.importEquipment(hub, form, dryRun, sent));
  }
}
