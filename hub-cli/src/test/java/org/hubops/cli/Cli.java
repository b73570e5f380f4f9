package org.hubops.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

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
