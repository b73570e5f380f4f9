package org.hubops.api.audit;

/** The kinds of record whose changes the audit trail keeps. */
public enum AuditEntity {
  HUB,
  SESSION,
  PARTICIPANT,
  EQUIPMENT,
  ACCOUNT,
  API_TOKEN,
  SUBMISSION,
  QUARTER_LOCK
}
