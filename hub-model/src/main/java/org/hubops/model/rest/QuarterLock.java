package org.hubops.model.rest;

import java.time.Instant;
import org.hubops.model.Quarter;

/**
 * Whether a quarter is locked: once it is, its sessions cannot change and its reports come from the
 * dataset frozen at that moment.
 */
public record QuarterLock(Quarter quarter, boolean locked, Instant lockedAt, String lockedBy) {

  public static QuarterLock open(Quarter quarter) {
    return new QuarterLock(quarter, false, null, null);
  }
}
