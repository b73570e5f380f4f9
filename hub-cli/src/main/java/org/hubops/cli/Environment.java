package org.hubops.cli;

import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Defaults for {@code --server}, {@code --token} and {@code --lang} from {@code HUBOPS_SERVER},
 * {@code HUBOPS_TOKEN} and {@code HUBOPS_LANG}. The variables are handed in, not read here, so
 * tests can set them.
 */
final class Environment implements IDefaultValueProvider {

  private final Map<String, String> variables;

  Environment(Map<String, String> variables) {
    this.variables = Map.copyOf(variables);
  }

  @Override
  public String defaultValue(ArgSpec argument) {
    if (argument instanceof OptionSpec option) {
      return switch (option.longestName()) {
        case "--server" -> variables.get("HUBOPS_SERVER");
        case "--token" -> variables.get("HUBOPS_TOKEN");
        case "--lang" -> variables.get("HUBOPS_LANG");
        default -> null;
      };
    }
    return null;
  }
}
