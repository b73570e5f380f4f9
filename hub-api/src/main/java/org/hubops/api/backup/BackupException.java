package org.hubops.api.backup;

/** A backup or restore that cannot go ahead, with what the operator should do instead. */
final class BackupException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  BackupException(String message) {
    super(message);
  }

  BackupException(String message, Throwable cause) {
    super(message, cause);
  }
}
