package org.hubops.api.accounts;

import java.io.PrintStream;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.hubops.api.hubs.HubService;
import org.hubops.api.platform.Actor;
import org.hubops.model.rest.IssuedToken;

/**
 * {@code issue-token config.yml --username olena [--label ...]}: prints a new API token once, on a
 * line of its own (the last), so a script can take it. Only its hash is stored.
 */
public final class IssueTokenCommand extends AccountCommand {

  public IssueTokenCommand(PrintStream out) {
    super("issue-token", "Issue an API token for an account and print it once", out);
  }

  @Override
  public void configure(Subparser subparser) {
    super.configure(subparser);
    subparser.addArgument("--label").help("what the token is for, e.g. the reading-room laptop");
  }

  @Override
  void run(HubService hubs, AccountService accounts, Namespace namespace) {
    String username = namespace.getString("username");
    IssuedToken issued =
        accounts.issueToken(username, namespace.getString("label"), Actor.operator());
    out.println(
        "Token "
            + issued.id()
            + " for "
            + username
            + ". It is shown only now; send it as 'Authorization: Bearer <token>':");
    out.println(issued.token());
  }
}
