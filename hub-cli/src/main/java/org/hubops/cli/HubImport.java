package org.hubops.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hubops.client.MultipartBody;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hubops import hubs}: the hub register, keyed by hub code; for association staff. */
@Command(
    name = "hubs",
    mixinStandardHelpOptions = true,
    description =
        "Import the hub register (.xlsx or CSV); hubs are matched by code. Association staff only.")
final class HubImport implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ServerOptions server;
  @Mixin ImportOptions options;

  @Parameters(index = "0", paramLabel = "FILE", description = "The hub register (.xlsx or CSV).")
  Path file;

  @Override
  public Integer call() throws CliFailure {
    ImportUpload upload = new ImportUpload(spec, server, options);
    return upload.run(
        ImportUpload.Records.HUBS,
        upload.register(),
        List.of(new MultipartBody.FilePart("file", file)),
        (client, form, dryRun, sent) -> client.importHubs(form, dryRun, sent));
  }
}
