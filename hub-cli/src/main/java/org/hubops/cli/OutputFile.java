package org.hubops.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Option;

/**
 * {@code --output FILE}: where the workbook goes. The file is first written under a temporary name
 * in the same folder, made before anything is downloaded (so an unwritable path fails at once) and
 * moved into place only when complete, so no half-written workbook is ever left under the name.
 */
final class OutputFile {

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE",
      description = "The workbook to write (.xlsx); replaced if it exists.")
  Path path;

  /** Starts the file; fails with {@link ExitCodes#CANNOT_WRITE} when it cannot be written. */
  Pending open() throws CliFailure {
    Path target = path.toAbsolutePath().normalize();
    Path folder = target.getParent();
    if (Files.isDirectory(target)) {
      throw cannotWrite(target, "it is a folder");
    }
    if (folder == null || !Files.isDirectory(folder)) {
      throw cannotWrite(target, "the folder " + folder + " does not exist");
    }
    if (Files.exists(target) && !Files.isWritable(target)) {
      throw cannotWrite(target, "the file is read-only");
    }
    try {
      Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".part");
      return new Pending(target, temporary);
    } catch (IOException | SecurityException e) {
      throw cannotWrite(target, "cannot create a file in " + folder + " (" + e.getMessage() + ")");
    }
  }

  private static CliFailure cannotWrite(Path target, String why) {
    return new CliFailure(ExitCodes.CANNOT_WRITE, "Cannot write " + target + ": " + why);
  }

  /** A workbook being written; closing it without {@link #commit()} removes the temporary file. */
  static final class Pending implements AutoCloseable {
    private final Path target;
    private final Path temporary;
    private final OutputStream stream;
    private boolean committed;

    private Pending(Path target, Path temporary) throws IOException {
      this.target = target;
      this.temporary = temporary;
      this.stream = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16);
    }

    OutputStream stream() {
      return stream;
    }

    Path target() {
      return target;
    }

    /**
     * Moves the finished file into place, replacing any of that name, and says so on {@code out}.
     */
    void commit(PrintWriter out, String what) throws CliFailure {
      try {
        stream.close();
        try {
          Files.move(
              temporary,
              target,
              StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
        out.printf("Wrote %s (%s, %,d KB)%n", target, what, Files.size(target) / 1024);
        out.flush();
      } catch (IOException e) {
        throw cannotWrite(target, e.getMessage());
      }
    }

    @Override
    public void close() throws IOException {
      if (!committed) {
        stream.close();
        Files.deleteIfExists(temporary);
      }
    }
  }
}
