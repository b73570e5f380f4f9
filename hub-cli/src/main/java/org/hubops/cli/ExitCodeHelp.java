package org.hubops.cli;

import picocli.CommandLine.Command;

/**
 * The exit codes of {@link ExitCodes} as {@code --help} lists them: mixed into {@code hubops}
 * itself and, through {@link ServerOptions}, into every command that talks to the service.
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
      "6:the service refused the request: a quarter that has not started, a file with errors, a conflict (409)"
          + " (422), a file over 25 MiB (413)",
      "7:the output file cannot be written"
    })
final class ExitCodeHelp {}
