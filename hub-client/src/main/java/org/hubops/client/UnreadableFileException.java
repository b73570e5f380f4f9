package org.hubops.client;

import java.nio.file.Path;

/** A file to upload that cannot be read; found before anything is sent. */
public final class UnreadableFileException extends HubClientException {

  private static final long serialVersionUID = 1L;

  /** Why the file cannot be read, for a message in the caller's language. */
  public enum Reason {
    NO_SUCH_FILE,
    FOLDER,
    PERMISSION_DENIED
  }

  private final Path file;
  private final Reason reason;

  UnreadableFileException(Path file, Reason reason) {
    super("Cannot read " + file + ": " + reason);
    this.file = file;
    this.reason = reason;
  }

  public Path file() {
    return file;
  }

  public Reason reason() {
    return reason;
  }
}
