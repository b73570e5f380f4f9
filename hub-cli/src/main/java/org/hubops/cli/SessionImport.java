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

/** {@code hubops import sessions}: a hub's sessions from the template, or from the CSV pair. */
@Command(
    name = "sessions",
    mixinStandardHelpOptions = true,
    description = {
      "Import a hub's sessions from its filled template (.xlsx), or from a sessions CSV and its"
          + " attendees CSV.",
      "Get the template with: hubops template sessions --hub CODE --output FILE"
    })
final class SessionImport implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ServerOptions server;
  @Mixin ImportOptions options;

  @Option(names = "--hub", required = true, paramLabel = "CODE", description = "e.g. LV-0042")
  String hub;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The filled template (.xlsx), or the sessions table as CSV.")
  Path file;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "ATTENDEES.csv",
      description = "With a sessions CSV: the attendees table as CSV.")
  Path attendees;

  @Override
  public Integer call() throws CliFailure {
    List<MultipartBody.FilePart> parts =
        attendees == null
            ? List.of(new MultipartBody.FilePart("file", file))
            : List.of(
                new MultipartBody.FilePart("sessions", file),
                new MultipartBody.FilePart("attendees", attendees));
    ImportUpload upload = new ImportUpload(spec, server, options);
    return upload.run(
        ImportUpload.Records.SESSIONS,
        upload.hub(hub),
        parts,
        (client, form, dryRun, sent) -> client.importSessions(hub, form, dryRun, sent));
  }
}
