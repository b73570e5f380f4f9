package org.hubops.cli;

import java.net.URI;
import org.hubops.client.HubClient;
import org.hubops.model.Language;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where the service is and who is asking: shared by every command that talks to the service, whose
 * help it gives the exit codes.
 */
final class ServerOptions {

  @Mixin ExitCodeHelp exitCodes;

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

  /** The token, or null when none is given. */
  String token() {
    return token == null || token.isBlank() ? null : token.strip();
  }

  /**
   * A client of the service asking for its messages in {@code language}, as the run's own are.
   *
   * @throws CliFailure with {@link ExitCodes#USAGE} for an address that is not http(s)
   */
  HubClient client(Language language, CliText text) throws CliFailure {
    String address = server == null || server.isBlank() ? DEFAULT_SERVER : server.strip();
    try {
      return HubClient.to(URI.create(address)).token(token()).language(language).build();
    } catch (IllegalArgumentException e) {
      throw new CliFailure(ExitCodes.USAGE, text.get("service.badAddress", address), e);
    }
  }
}
