package org.hubops.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code hubops}: the command line of association staff and hub coordinators. It talks to the
 * service over HTTP (hub-client) with an API token and writes the workbooks itself, so a national
 * quarter never has to fit in memory on either side; imports stream the file from disk. It speaks
 * the language of {@code --lang}, Ukrainian by default, as the service does.
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
      QuarterCommand.class,
      SubmissionsCommand.class,
      Remind.class,
      AutoComplete.GenerateCompletion.class
    },
    footer = {
      "",
      "Server, token and language come from --server/--token/--lang or"
          + " HUBOPS_SERVER/HUBOPS_TOKEN/HUBOPS_LANG.",
      "Messages follow --lang: Ukrainian by default, English with --lang en.",
      "Bash completion: source <(hubops generate-completion)"
    })
public final class HubOps implements Runnable {

  @Spec CommandSpec spec;
  @Mixin ExitCodeHelp exitCodes;

  private final CliText text;

  private HubOps(CliText text) {
    this.text = text;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), text.get("args.whichCommand"));
  }

  /** What the run says, in its language: for the commands under this one. */
  static CliText text(CommandSpec spec) {
    return ((HubOps) spec.root().userObject()).text;
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
    CliText text = new CliText(LanguageOption.of(args, env));
    CommandLine command = new CommandLine(new HubOps(text));
    Converters.register(command, text);
    command
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setDefaultValueProvider(new Environment(env))
        .setParameterExceptionHandler(new ArgumentErrors(text))
        .setExecutionExceptionHandler(new FailureHandler(text, env.containsKey("HUBOPS_DEBUG")));
    int code = command.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
