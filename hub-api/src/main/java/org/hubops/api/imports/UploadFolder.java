package org.hubops.api.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where uploaded files wait while they are read: they hold participants' IDP and disability flags,
 * so the folder is the service user's alone ({@code rwx------}) and each file too ({@code
 * rw-------}). Each running service process has a folder of its own inside, named by its process
 * id; at start-up the folders of processes that are gone (a crash, a kill) are removed with what
 * they left behind. Several services on one machine (tests, or instances of one host) can share the
 * base folder without ever deleting each other's files.
 */
public final class UploadFolder {

  private static final Logger LOG = LoggerFactory.getLogger(UploadFolder.class);
  private static final Set<PosixFilePermission> OWNER_FOLDER =
      PosixFilePermissions.fromString("rwx------");
  private static final FileAttribute<Set<PosixFilePermission>> OWNER_FILE =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

  private final Path folder;

  private UploadFolder(Path folder) {
    this.folder = folder;
  }

  /** {@code java.io.tmpdir}/hubops-uploads-{user}: private to the user the service runs as. */
  public static Path defaultBase() {
    return Path.of(
        System.getProperty("java.io.tmpdir"),
        "hubops-uploads-" + System.getProperty("user.name").replaceAll("[^A-Za-z0-9_.-]", "_"));
  }

  /**
   * This process's folder under {@code base}, made private; removes what dead processes left. A
   * base that is a link, or belongs to another user, is refused: in a shared temporary folder,
   * someone else could have made it to read our files.
   */
  public static UploadFolder open(Path base) {
    try {
      Path root = privateFolder(base);
      removeLeftovers(root);
      return new UploadFolder(
          privateFolder(root.resolve(String.valueOf(ProcessHandle.current().pid()))));
    } catch (IOException e) {
      throw new UncheckedIOException("The upload folder " + base + " cannot be used", e);
    }
  }

  /** This process's folder. */
  public Path path() {
    return folder;
  }

  /** A new empty file, readable and writable by the service user only. */
  Path newFile() throws IOException {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      // Someone cleaned the temporary folder under a running service: make ours again, private.
      privateFolder(folder);
    }
    return Files.createTempFile(folder, "import-", ".upload", OWNER_FILE);
  }

  private static Path privateFolder(Path path) throws IOException {
    try {
      Files.createDirectories(path.getParent());
      Files.createDirectory(path, PosixFilePermissions.asFileAttribute(OWNER_FOLDER));
    } catch (FileAlreadyExistsException e) {
      // Made before (by us, we check next).
    }
    PosixFileAttributes attributes =
        Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (!attributes.isDirectory()) {
      throw new IOException(path + " is not a folder");
    }
    // Who we are, as the file system sees it: the owner of a file we make.
    Path probe = Files.createTempFile(path, "owner-", ".probe", OWNER_FILE);
    UserPrincipal us = Files.getOwner(probe);
    Files.delete(probe);
    if (!attributes.owner().equals(us)) {
      throw new IOException(path + " belongs to " + attributes.owner().getName() + ", not to us");
    }
    Files.setPosixFilePermissions(path, OWNER_FOLDER);
    return path;
  }

  /** Removes the folders of processes that no longer run, and any stray file beside them. */
  private static void removeLeftovers(Path root) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        boolean running =
            name.matches("[0-9]{1,19}")
                && ProcessHandle.of(Long.parseLong(name)).map(ProcessHandle::isAlive).orElse(false);
        if (!running) {
          LOG.info("Removing uploads left by a stopped service: {}", entry);
          delete(entry);
        }
      }
    }
  }

  private static void delete(Path path) throws IOException {
    try (Stream<Path> tree = Files.walk(path)) {
      for (Path each : tree.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(each);
      }
    }
  }
}
