/**
 * The audit trail: who created, changed or deleted which hub, session, participant, piece of
 * equipment, account or token, when, with the record before and after. Services write it with
 * {@link org.hubops.api.audit.AuditLog} on the handle of their own transaction, so an entry exists
 * exactly when its change does; admins read it at {@code GET /api/v1/audit?entity=&id=}. Secrets
 * are dropped from snapshots and participants' names and phones masked, whatever record is passed.
 */
package org.hubops.api.audit;
