package org.hubops.cli;

import picocli.CommandLine.Option;

/** {@code --oblast}: one oblast by its ISO code, or (when not given) the whole country. */
final class OblastOption {

  @Option(
      names = "--oblast",
      paramLabel = "CODE",
      description = "Only this oblast, by ISO code, e.g. UA-46 (default: the whole country).")
  String code;
}
