package org.hubops.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code hubops}: the command line of association staff and hub coordinators. It talks to the
 * service over HTTP with an API token and writes the workbooks itself, so a national quarter never
 * has to fit in memory on either side; imports stream the file from disk.
 */
@Command(
    name = "hubops",
    mixinStandardHelpOptions = true,
    version = "hubops 0.1.0",
    description =
        "HubOps command line: reports, templates and imports for the Digital Education Hubs.",
    subcommands = {
      ReportCommand.class,
      TemplateCommand.class,
      ImportCommand.class,
      AutoComplete.GenerateCompletion.class
    },
    footer = {
      "",
      "Server and token come from --server/--token or HUBOPS_SERVER/HUBOPS_TOKEN.",
      "Exit codes: listed in each command's --help, and in docs/cli.md.",
      "Bash completion: source <(hubops generate-completion)"
    })
public final class HubOps implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Which command? report, template or import (see hubops --help)");
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(out, err, System.getenv(), args));
  }

  /**
   * Runs one command line and returns its exit code (see {@link ExitCodes}); {@code env} stands in
   * for the environment variables, so tests can give their own.
   */
  public static int run(PrintWriter out, PrintWriter err, Map<String, String> env, String... args) {
    CommandLine command =
        new CommandLine(new HubOps())
            .setOut(out)
            .setErr(err)
            .setCaseInsensitiveEnumValuesAllowed(true)
            .setDefaultValueProvider(new Environment(env))
            .setExecutionExceptionHandler(new FailureHandler(env.containsKey("HUBOPS_DEBUG")));
    // The generated completion script should not offer the completion command itself.
    command
        .getSubcommands()
        .get("generate-completion")
        .getCommandSpec()
        .usageMessage()
        .hidden(true);
    int code = command.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
