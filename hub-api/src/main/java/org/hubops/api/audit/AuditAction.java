package org.hubops.api.audit;

/** What a change did. */
public enum AuditAction {
  CREATE,
  UPDATE,
  DELETE,
  /** An equipment status change, kept apart from edits of its other fields. */
  STATUS_CHANGE,
  /** A hub submitted a quarter (or filed a nil report), or submitted it again. */
  SUBMIT,
  APPROVE,
  RETURN,
  /** An admin reopened one hub's locked quarter so it can correct and submit again. */
  REOPEN,
  LOCK,
  UNLOCK,
  /** A participant's name and phone removed for good (on request, or by the retention job). */
  ERASE
}
