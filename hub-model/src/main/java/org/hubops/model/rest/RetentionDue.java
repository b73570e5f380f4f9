package org.hubops.model.rest;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A participant whose name and phone the retention job erases (or, in its dry run, would): their
 * last attendance lies further back than the retention period. Names no one.
 *
 * @param lastAttendance the date of their last session attended; for someone who never attended,
 *     the day they were registered
 */
public record RetentionDue(
    String hubCode,
    UUID hubId,
    String participantCode,
    UUID participantId,
    LocalDate lastAttendance) {}
