package org.hubops.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.hubops.client.HubClient;
import org.hubops.client.MultipartBody;
import org.hubops.client.ProblemException;
import org.hubops.model.rest.ImportResult;
import org.hubops.model.rest.ImportResult.Entry;
import org.hubops.model.rest.ImportResult.Status;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the import commands share: check the local files, send them as one streamed form, and say in
 * plain lines what the service stored (or, for a dry run, would store). A file the service refuses
 * is reported cell by cell, exit code 6.
 */
final class ImportUpload {

  /** What a file holds, as the lines count it and as the answer lists it. */
  enum Records {
    SESSIONS("records.sessions", ImportResult::sessions),
    EQUIPMENT("records.equipment", ImportResult::equipment),
    HUBS("records.hubs", ImportResult::hubs);

    private final String key;
    private final Function<ImportResult, List<Entry>> entries;

    Records(String key, Function<ImportResult, List<Entry>> entries) {
      this.key = key;
      this.entries = entries;
    }
  }

  /** Which of the client's uploads sends the form. */
  @FunctionalInterface
  interface Send {
    ImportResult to(HubClient client, MultipartBody form, boolean dryRun, LongConsumer sent);
  }

  private final CommandSpec spec;
  private final ServerOptions server;
  private final ImportOptions options;
  private final CliText text;

  ImportUpload(CommandSpec spec, ServerOptions server, ImportOptions options) {
    this.spec = spec;
    this.server = server;
    this.options = options;
    this.text = HubOps.text(spec);
  }

  /** {@code hub LV-0042}, as the lines name the target. */
  String hub(String code) {
    return text.get("import.into.hub", code.strip());
  }

  String register() {
    return text.get("import.into.register");
  }

  /**
   * Sends {@code parts} with {@code send} and prints the answer; {@code into} names the target in
   * the lines, e.g. {@code hub LV-0042}.
   */
  int run(Records records, String into, List<MultipartBody.FilePart> parts, Send send)
      throws CliFailure {
    MultipartBody form = new MultipartBody(parts);
    List<String> names =
        parts.stream()
            .map(MultipartBody.FilePart::file)
            .map(Path::getFileName)
            .map(Object::toString)
            .toList();
    String files =
        names.size() == 2 ? text.get("import.files", names.get(0), names.get(1)) : names.get(0);
    Progress progress = Progress.onTerminal(spec.commandLine().getErr());
    progress.step(
        text.get(
            "import.progress.sending",
            files,
            text.size(form.length()),
            into,
            server.base(),
            String.valueOf(options.dryRun)));
    ImportResult result;
    try {
      LongConsumer sent =
          progress.sending(text.get("progress.sent"), text.size(form.length()), form.length());
      result = send.to(server.client(options.language, text), form, options.dryRun, sent);
    } catch (ProblemException refused) {
      CliFailure failure = FailureHandler.refusal(refused, text, spec);
      if (failure.exitCode() != ExitCodes.REFUSED) {
        throw failure;
      }
      throw new CliFailure(
          ExitCodes.REFUSED,
          text.get("import.nothing", files) + " " + failure.getMessage(),
          refused);
    }
    print(result, records, files, into);
    return ExitCodes.OK;
  }

  private void print(ImportResult result, Records records, String files, String into) {
    PrintWriter out = spec.commandLine().getOut();
    boolean dry = result.dryRun();
    out.println(text.get(dry ? "import.checked" : "import.imported", files, into));
    line(out, label(Status.CREATED, dry), text.get(records.key, result.created()));
    line(out, label(Status.UPDATED, dry), text.get(records.key, result.updated()));
    line(out, label(Status.UNCHANGED, dry), text.get(records.key, result.unchanged()));
    List<Entry> entries =
        Objects.requireNonNullElse(records.entries.apply(result), List.<Entry>of());
    // Every update is shown with what it changes, listed or not: it replaces what was stored.
    new ChangeLines(text).of(entries, label(Status.UPDATED, dry)).forEach(out::println);
    if (options.list) {
      for (Entry entry : entries) {
        out.println(
            "  "
                + text.get(
                    "import.row",
                    entry.row(),
                    entry.ref(),
                    label(entry.status(), dry),
                    entry.id()));
      }
    }
    out.flush();
  }

  /** The label padded to one column, as wide as the widest of the language's labels. */
  private void line(PrintWriter out, String label, String count) {
    int width =
        List.of(
                "import.created",
                "import.updated",
                "import.unchanged",
                "import.wouldCreate",
                "import.wouldUpdate")
            .stream()
            .mapToInt(key -> text.get(key).length())
            .max()
            .orElse(0);
    out.printf("  %-" + (width + 1) + "s %s%n", label, count);
  }

  private String label(Status status, boolean dry) {
    return text.get(
        switch (status) {
          case CREATED -> dry ? "import.wouldCreate" : "import.created";
          case UPDATED -> dry ? "import.wouldUpdate" : "import.updated";
          case UNCHANGED -> "import.unchanged";
        });
  }
}
