package org.hubops.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Role;

/** Runs {@code hubops} in this JVM with given environment variables, capturing what it prints. */
final class Cli {

  /** What one run printed and returned. */
  record Run(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\nout: " + out + "\nerr: " + err;
    }
  }

  private final Map<String, String> env = new HashMap<>();
  private static String staffToken;

  /**
   * A run as association staff would make it: with the token of an ASSOCIATION account on the test
   * service (created once).
   */
  static Cli asStaff() {
    return new Cli().with("HUBOPS_TOKEN", staffToken());
  }

  static synchronized String staffToken() {
    if (staffToken == null) {
      TestService service = TestService.on(TestDatabase.H2);
      staffToken = service.issueToken(service.addAccount(Role.ASSOCIATION).username());
    }
    return staffToken;
  }

  Cli with(String variable, String value) {
    env.put(variable, value);
    return this;
  }

  Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = HubOps.run(new PrintWriter(out), new PrintWriter(err), env, args);
    return new Run(code, out.toString(), err.toString());
  }
}
