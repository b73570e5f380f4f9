package org.hubops.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * {@code --output FILE}: where the workbook goes. The file is first written under a temporary name
 * in the same folder, made before anything is downloaded (so an unwritable path fails at once) and
 * moved into place only when complete, so no half-written workbook is ever left under the name. It
 * is readable by its owner alone ({@code rw-------}) whatever the umask: a workbook is sent on by
 * its owner, not shared through the folder it lands in.
 */
final class OutputFile {

  /** The one kind of file the reports and templates write. */
  static final String XLSX = ".xlsx";

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE",
      description = "The workbook to write (.xlsx), readable by you alone; replaced if it exists.")
  Path path;

  /**
   * Starts the file, which must end in {@code extension}; fails with {@link ExitCodes#USAGE} for
   * another name and {@link ExitCodes#CANNOT_WRITE} when it cannot be written.
   */
  Pending open(CliText text, String extension) throws CliFailure {
    Path target = path.toAbsolutePath().normalize();
    Path folder = target.getParent();
    if (Files.isDirectory(target)) {
      throw cannotWrite(text, target, text.get("file.isFolder"));
    }
    if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension)) {
      throw new CliFailure(ExitCodes.USAGE, text.get("file.wrongType", path, extension));
    }
    if (folder == null || !Files.isDirectory(folder)) {
      throw cannotWrite(text, target, text.get("file.noFolder", folder));
    }
    return start(text, target);
  }

  private static Pending start(CliText text, Path target) throws CliFailure {
    Path folder = target.getParent();
    if (Files.exists(target) && !Files.isWritable(target)) {
      throw cannotWrite(text, target, text.get("file.readOnly"));
    }
    try {
      Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".part");
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        // Set, not left to createTempFile's default: the moved file keeps these permissions.
        Files.setPosixFilePermissions(temporary, OWNER_ONLY);
      }
      return new Pending(text, target, temporary);
    } catch (IOException | SecurityException e) {
      throw cannotWrite(
          text, target, text.get("file.cannotCreate", folder, String.valueOf(e.getMessage())));
    }
  }

  /**
   * Starts a second file beside the one asked for, its name ending in {@code suffix} in place of
   * the workbook's {@code .xlsx} (e.g. {@code q4.xlsx} and {@code q4-sessions.csv.zip}); call it
   * after {@link #open}, which checked the name and the folder.
   */
  Pending openBeside(CliText text, String suffix) throws CliFailure {
    Path target = path.toAbsolutePath().normalize();
    String name = target.getFileName().toString();
    Path beside = target.resolveSibling(name.substring(0, name.lastIndexOf('.')) + suffix);
    return start(text, beside);
  }

  private static CliFailure cannotWrite(CliText text, Path target, String why) {
    return new CliFailure(ExitCodes.CANNOT_WRITE, text.get("file.cannotWrite", target, why));
  }

  /** A workbook being written; closing it without {@link #commit} removes the temporary file. */
  static final class Pending implements AutoCloseable {
    private final CliText text;
    private final Path target;
    private final Path temporary;
    private final OutputStream stream;
    private boolean committed;

    private Pending(CliText text, Path target, Path temporary) throws IOException {
      this.text = text;
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
        out.println(text.get("wrote", target, what, Files.size(target) / 1024));
        out.flush();
      } catch (IOException e) {
        throw cannotWrite(text, target, String.valueOf(e.getMessage()));
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
