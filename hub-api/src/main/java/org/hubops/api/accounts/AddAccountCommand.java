package org.hubops.api.accounts;

import java.io.Console;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import net.sourceforge.argparse4j.impl.Arguments;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.hubops.api.hubs.HubService;
import org.hubops.api.platform.Actor;
import org.hubops.api.platform.Messages;
import org.hubops.model.Language;
import org.hubops.model.Role;
import org.hubops.model.rest.Account;

/**
 * {@code add-account config.yml --username olena --role COORDINATOR --hub LV-0042}: adds an
 * account. The password never goes on the command line, where the shell history and the process
 * list would keep it: it comes from {@value #PASSWORD_VARIABLE} or is typed at the console. With
 * neither, the account can use API tokens only.
 */
public final class AddAccountCommand extends AccountCommand {

  public static final String PASSWORD_VARIABLE = "HUBOPS_ACCOUNT_PASSWORD";

  /** Where the new account's password comes from; null for none. */
  @FunctionalInterface
  public interface PasswordSource {
    String password(String username);
  }

  private final PasswordSource passwords;

  public AddAccountCommand(PrintStream out, PasswordSource passwords) {
    super("add-account", "Add an account (the password is read from the console)", out);
    this.passwords = passwords;
  }

  /** The environment variable, or else the console, or else no password. */
  public static PasswordSource fromEnvironmentOrConsole() {
    return username -> {
      String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
      if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
        return fromEnvironment;
      }
      Console console = System.console();
      if (console == null) {
        return null;
      }
      char[] typed = console.readPassword("Password for %s (empty for tokens only): ", username);
      if (typed == null || typed.length == 0) {
        return null;
      }
      char[] again = console.readPassword("Once more: ");
      boolean same = Arrays.equals(typed, again);
      String password = new String(typed);
      Arrays.fill(typed, ' ');
      if (again != null) {
        Arrays.fill(again, ' ');
      }
      if (!same) {
        throw new IllegalArgumentException("The two passwords differ; nothing was added");
      }
      return password;
    };
  }

  @Override
  public void configure(Subparser subparser) {
    super.configure(subparser);
    subparser
        .addArgument("--role")
        .required(true)
        .type(Role.class)
        .help("ADMIN, ASSOCIATION, REGIONAL or COORDINATOR");
    subparser
        .addArgument("--hub")
        .dest("hubs")
        .action(Arguments.append())
        .help("code (or id) of a hub the coordinator serves; repeat for several");
    subparser
        .addArgument("--oblast")
        .dest("oblasts")
        .action(Arguments.append())
        .help(
            "ISO code of an oblast a REGIONAL officer looks after, e.g. UA-46; repeat for several");
    subparser.addArgument("--email").dest("email").help("where reminders go (optional)");
    subparser.addArgument("--display-name").dest("displayName").help("the person's name");
  }

  @Override
  void run(HubService hubs, AccountService accounts, Namespace namespace) {
    String username = namespace.getString("username");
    List<String> hubRefs = namespace.getList("hubs");
    List<UUID> hubIds =
        hubRefs == null ? List.of() : hubRefs.stream().map(ref -> hubs.resolve(ref).id()).toList();
    Role role = namespace.get("role");
    Account added =
        accounts.create(
            new Account(
                    username,
                    namespace.getString("displayName"),
                    role,
                    hubIds,
                    passwords.password(username),
                    true,
                    null,
                    null,
                    null,
                    null)
                .withOblastsAndEmail(
                    namespace.getList("oblasts") == null
                        ? List.of()
                        : namespace.<String>getList("oblasts"),
                    namespace.getString("email")),
            Actor.operator(),
            Messages.in(Language.EN));
    out.println(
        "Added "
            + added.role()
            + " account "
            + added.username()
            + (hubRefs == null ? "" : " serving " + String.join(", ", hubRefs))
            + ". Give it a token with: issue-token <config> --username "
            + added.username());
  }
}
