package org.hubops.cli;

import java.net.URI;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Where the service is and who is asking: shared by every command that talks to the service. Its
 * {@code @Command} adds the exit codes to those commands' help.
 */
@Command(
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done: the workbook was written, or the file imported (or checked, with --dry-run)",
      "1:the service failed or answered something unreadable",
      "2:invalid arguments, or a file to import that cannot be read",
      "3:the service cannot be reached (check --server)",
      "4:the token was refused (check --token; 401/403)",
      "5:not found, e.g. no hub with that code, or not one of yours (404)",
      "6:the service refused the request: a quarter that has not started, a file with errors"
          + " (422), a file over 25 MiB (413)",
      "7:the output file cannot be written"
    })
final class ServerOptions {

  static final String DEFAULT_SERVER = "http://localhost:8080";

  @Option(
      names = "--server",
      paramLabel = "URL",
      description = "The HubOps service (default: $HUBOPS_SERVER, else " + DEFAULT_SERVER + ").")
  String server;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description = "API token, sent as a Bearer token (default: $HUBOPS_TOKEN).")
  String token;

  /** The service's base address, without a trailing slash. */
  URI base() {
    String text = server == null || server.isBlank() ? DEFAULT_SERVER : server.strip();
    return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
  }
}
