package org.hubops.api.audit;

/** What a change did. */
public enum AuditAction {
  CREATE,
  UPDATE,
  DELETE,
  /** An equipment status change, kept apart from edits of its other fields. */
  STATUS_CHANGE
}
