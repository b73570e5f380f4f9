package org.hubops.reports;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice headless, with a profile of its own that recalculates every formula on load, so that
 * a converted workbook shows what LibreOffice computes rather than the values we cached.
 */
final class LibreOffice {

  /** Set to {@code true} (CI does) to fail, rather than skip, when LibreOffice is missing. */
  static final String REQUIRE_PROPERTY = "hubops.requireLibreOffice";

  private static final long TIMEOUT_SECONDS = 180;

  private static final String ALWAYS_RECALCULATE =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <oor:items xmlns:oor="http://openoffice.org/2001/registry"
          xmlns:xs="http://www.w3.org/2001/XMLSchema"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load">
          <prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop>
        </item>
      </oor:items>
      """;

  private final Path soffice;

  private LibreOffice(Path soffice) {
    this.soffice = soffice;
  }

  /**
   * LibreOffice from PATH; without it the calling test is skipped, or fails when {@value
   * #REQUIRE_PROPERTY} is true.
   */
  static LibreOffice required() {
    Optional<Path> found = onPath();
    if (found.isEmpty() && Boolean.getBoolean(REQUIRE_PROPERTY)) {
      fail("LibreOffice (soffice) is not on PATH, and -D" + REQUIRE_PROPERTY + "=true requires it");
    }
    assumeTrue(
        found.isPresent(),
        "LibreOffice (soffice) is not on PATH: skipped; install libreoffice-calc-nogui, or set -D"
            + REQUIRE_PROPERTY
            + "=true to make this a failure");
    return new LibreOffice(found.get());
  }

  /** Converts {@code input} to {@code format} (e.g. {@code xlsx}) in {@code work}; returns it. */
  Path convert(Path input, String format, Path work) throws IOException, InterruptedException {
    Path profile = work.resolve("profile");
    Files.createDirectories(profile.resolve("user"));
    Files.writeString(
        profile.resolve("user/registrymodifications.xcu"),
        ALWAYS_RECALCULATE,
        StandardCharsets.UTF_8);
    Path out = Files.createDirectories(work.resolve("out"));
    Process process =
        new ProcessBuilder(
                List.of(
                    soffice.toString(),
                    "-env:UserInstallation=" + profile.toUri(),
                    "--headless",
                    "--norestore",
                    "--convert-to",
                    format,
                    "--outdir",
                    out.toString(),
                    input.toString()))
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("soffice.log").toFile())
            .start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("LibreOffice did not finish converting within " + TIMEOUT_SECONDS + " s");
    }
    String name = input.getFileName().toString().replaceFirst("\\.[^.]+$", "") + "." + format;
    Path converted = out.resolve(name);
    if (!Files.exists(converted)) {
      fail("LibreOffice wrote no " + name + ": " + Files.readString(work.resolve("soffice.log")));
    }
    return converted;
  }

  private static Optional<Path> onPath() {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "soffice");
      if (!dir.isEmpty() && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
