package org.hubops.api.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.glassfish.jersey.media.multipart.MultiPartProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where uploaded files wait while they are read: they hold participants' IDP and disability flags,
 * so the folder is the service user's alone ({@code rwx------}) and each file too ({@code
 * rw-------}). The multipart reader's own buffer files are sent here as well (see {@link
 * #multipartProperties}).
 *
 * <p>Each running service instance has a folder of its own ({@code <pid>/<random>}: one JVM may run
 * several services, as the tests do, and each must find its folder as it left it), and holds a lock
 * on the {@value #LOCK} file in it for as long as it runs. At start-up every instance folder whose
 * lock can be taken is removed with what it holds: its service is gone (a crash, a kill). A lock,
 * unlike a process id, is seen by every process of the machine, also one in another PID namespace
 * (a container) sharing the temporary folder, so no service deletes a running one's files; the
 * process folder keeps the name earlier releases gave it, so that one of them running beside this
 * one keeps its hands off too. A folder removed under a running service (a cleaner of {@code /tmp})
 * is made again before the next upload is read.
 */
public final class UploadFolder implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(UploadFolder.class);
  private static final Set<PosixFilePermission> OWNER_FOLDER =
      PosixFilePermissions.fromString("rwx------");
  private static final FileAttribute<Set<PosixFilePermission>> OWNER_FILE =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

  /** The file a running instance holds locked in its folder. */
  static final String LOCK = ".running";

  /**
   * The instance folders this JVM holds. Their locks are never probed from here: a lock is the
   * process's, and closing any channel of the process to the file (as a probe does) drops it, after
   * which another process would take the running instance's folder for a stopped one's.
   */
  private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

  private final Path folder;
  private FileChannel lockFile;
  private FileLock lock;

  private UploadFolder(Path folder) {
    this.folder = folder.toAbsolutePath().normalize();
  }

  /** {@code java.io.tmpdir}/hubops-uploads-{user}: private to the user the service runs as. */
  public static Path defaultBase() {
    return Path.of(
        System.getProperty("java.io.tmpdir"),
        "hubops-uploads-" + System.getProperty("user.name").replaceAll("[^A-Za-z0-9_.-]", "_"));
  }

  /**
   * A folder of this service instance under {@code base}, made private and locked; removes what
   * stopped services left. A base that is a link, or belongs to another user, is refused: in a
   * shared temporary folder, someone else could have made it to read our files.
   */
  public static UploadFolder open(Path base) {
    try {
      Path root = privateFolder(base);
      removeLeftovers(root);
      Path process = root.resolve(String.valueOf(ProcessHandle.current().pid()));
      String instance = UUID.randomUUID().toString().substring(0, 8);
      UploadFolder uploads = new UploadFolder(process.resolve(instance));
      uploads.ready();
      return uploads;
    } catch (IOException e) {
      throw new UncheckedIOException("The upload folder " + base + " cannot be used", e);
    }
  }

  /** This instance's folder. */
  public Path path() {
    return folder;
  }

  /**
   * Jersey's multipart settings that buffer large parts as files in this folder rather than in the
   * JVM's shared temporary folder, where they would be readable by every user of the machine.
   */
  public MultiPartProperties multipartProperties() {
    return new MultiPartProperties().tempDir(folder.toString());
  }

  /**
   * Makes the folder again, private and locked, if it is gone; call it before anything is written
   * into it (the multipart reader has no way to ask).
   */
  public synchronized void ready() throws IOException {
    if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
        && lock != null
        && lock.isValid()
        && Files.exists(folder.resolve(LOCK), LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    // Made for the first time, or someone cleaned the temporary folder under a running service.
    HELD_HERE.add(folder);
    releaseLock();
    privateFolder(folder.getParent().getParent());
    privateFolder(folder.getParent());
    privateFolder(folder);
    lockFile =
        FileChannel.open(
            folder.resolve(LOCK),
            Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
            OWNER_FILE);
    lock = lockFile.tryLock();
    if (lock == null) {
      throw new IOException(folder + " is held by another service");
    }
  }

  /** A new empty file, readable and writable by the service user only. */
  Path newFile() throws IOException {
    ready();
    return Files.createTempFile(folder, "import-", ".upload", OWNER_FILE);
  }

  /** Removes this instance's folder: a stopped service leaves nothing behind. */
  @Override
  public synchronized void close() throws IOException {
    releaseLock();
    if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      delete(folder);
    }
    HELD_HERE.remove(folder);
  }

  private void releaseLock() throws IOException {
    if (lockFile != null) {
      lockFile.close();
      lockFile = null;
      lock = null;
    }
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

  /**
   * Removes the folders of services that no longer run, and any stray file beside them: a process
   * folder goes when its process is gone and no instance in it is held; inside one, an instance
   * folder goes when no service holds it.
   */
  private static void removeLeftovers(Path root) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
      for (Path entry : entries) {
        if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
          remove(entry);
          continue;
        }
        boolean alive = alive(entry.getFileName().toString());
        boolean anyHeld = false;
        try (DirectoryStream<Path> inside = Files.newDirectoryStream(entry)) {
          for (Path child : inside) {
            boolean instance = Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS);
            if (instance && (held(child) || alive && beingMade(child))) {
              anyHeld = true;
            } else if (instance || !alive) {
              // A file directly inside belongs to an earlier release's running process: kept.
              remove(child);
            }
          }
        }
        if (!alive && !anyHeld) {
          remove(entry);
        }
      }
    }
  }

  private static void remove(Path path) throws IOException {
    LOG.info("Removing uploads left by a stopped service: {}", path);
    delete(path);
  }

  private static boolean alive(String name) {
    return name.matches("[0-9]{1,19}")
        && ProcessHandle.of(Long.parseLong(name)).map(ProcessHandle::isAlive).orElse(false);
  }

  /**
   * Whether a running service holds the folder: its lock file is locked, by another process or by
   * this one.
   */
  private static boolean held(Path entry) throws IOException {
    if (HELD_HERE.contains(entry.toAbsolutePath().normalize())) {
      return true;
    }
    Path lockPath = entry.resolve(LOCK);
    if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
        || !Files.isRegularFile(lockPath, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try (FileChannel channel = FileChannel.open(lockPath, StandardOpenOption.WRITE)) {
      FileLock taken = channel.tryLock();
      if (taken == null) {
        return true;
      }
      taken.release();
      return false;
    } catch (OverlappingFileLockException e) {
      // Held by another service of this JVM.
      return true;
    }
  }

  /** A live process's instance folder without its lock file yet: it is being made now. */
  private static boolean beingMade(Path entry) {
    return !Files.exists(entry.resolve(LOCK), LinkOption.NOFOLLOW_LINKS);
  }

  private static void delete(Path path) throws IOException {
    try (Stream<Path> tree = Files.walk(path)) {
      for (Path each : tree.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(each);
      }
    }
  }
}
