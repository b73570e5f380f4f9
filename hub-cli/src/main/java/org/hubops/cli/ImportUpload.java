package org.hubops.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hubops.model.rest.ImportResult;
import org.hubops.model.rest.ImportResult.Entry;
import org.hubops.model.rest.ImportResult.Status;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the import commands share: check the local files, send them as one streamed form, and say in
 * plain lines what the service stored (or, for a dry run, would store). A file the service refuses
 * is reported cell by cell through {@link ServiceClient}'s refusal, exit code 6.
 */
final class ImportUpload {

  /** What a file holds, as the lines name it and as the answer lists it. */
  enum Records {
    SESSIONS("session", "sessions", ImportResult::sessions),
    EQUIPMENT("equipment item", "equipment items", ImportResult::equipment),
    HUBS("hub", "hubs", ImportResult::hubs);

    private final String one;
    private final String many;
    private final Function<ImportResult, List<Entry>> entries;

    Records(String one, String many, Function<ImportResult, List<Entry>> entries) {
      this.one = one;
      this.many = many;
      this.entries = entries;
    }

    String count(int n) {
      return "%,d %s".formatted(n, n == 1 ? one : many);
    }
  }

  private final CommandSpec spec;
  private final ServerOptions server;
  private final ImportOptions options;

  ImportUpload(CommandSpec spec, ServerOptions server, ImportOptions options) {
    this.spec = spec;
    this.server = server;
    this.options = options;
  }

  /**
   * Sends {@code parts} to {@code path} ({@code ?dryRun=true} added for a dry run) and prints the
   * answer; {@code into} names the target in the lines, e.g. {@code hub LV-0042}.
   */
  int run(String path, Records records, String into, List<MultipartBody.FilePart> parts)
      throws CliFailure {
    MultipartBody form = new MultipartBody(parts);
    String files =
        parts.stream()
            .map(MultipartBody.FilePart::file)
            .map(Path::getFileName)
            .map(Object::toString)
            .collect(Collectors.joining(" and "));
    Progress progress = Progress.onTerminal(spec.commandLine().getErr());
    progress.step(
        "Sending %s (%s) to %s at %s%s"
            .formatted(
                files,
                Progress.size(form.length()),
                into,
                server.base(),
                options.dryRun ? " for a dry run" : ""));
    ImportResult result;
    try {
      result =
          new ServiceClient(server, options.language)
              .post(
                  path + (options.dryRun ? "?dryRun=true" : ""),
                  form,
                  progress.sending("sent", form.length()),
                  ImportResult.class);
    } catch (CliFailure refused) {
      if (refused.exitCode() != ExitCodes.REFUSED) {
        throw refused;
      }
      throw new CliFailure(
          ExitCodes.REFUSED,
          "Nothing was imported from " + files + ". " + refused.getMessage(),
          refused);
    }
    print(result, records, files, into);
    return ExitCodes.OK;
  }

  private void print(ImportResult result, Records records, String files, String into) {
    PrintWriter out = spec.commandLine().getOut();
    boolean dry = result.dryRun();
    out.println(
        dry
            ? "Checked %s for %s (dry run: nothing was stored):".formatted(files, into)
            : "Imported %s into %s:".formatted(files, into));
    out.printf("  %-13s %s%n", label(Status.CREATED, dry), records.count(result.created()));
    out.printf("  %-13s %s%n", label(Status.UPDATED, dry), records.count(result.updated()));
    out.printf("  %-13s %s%n", label(Status.UNCHANGED, dry), records.count(result.unchanged()));
    if (options.list) {
      for (Entry entry :
          Objects.requireNonNullElse(records.entries.apply(result), List.<Entry>of())) {
        out.printf(
            "  row %d: %s, %s, id %s%n",
            entry.row(), entry.ref(), label(entry.status(), dry), entry.id());
      }
    }
    out.flush();
  }

  private static String label(Status status, boolean dry) {
    return switch (status) {
      case CREATED -> dry ? "would create" : "created";
      case UPDATED -> dry ? "would update" : "updated";
      case UNCHANGED -> "unchanged";
    };
  }
}
