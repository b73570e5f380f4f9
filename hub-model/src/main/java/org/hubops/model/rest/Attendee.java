package org.hubops.model.rest;

import java.util.UUID;
import org.hubops.model.AgeBand;
import org.hubops.model.Gender;

/**
 * One person present at a session. The demographics live on the attendance itself, so an anonymous
 * walk-in counts like anyone else and reports need no join.
 *
 * @param participantId optional link to the hub's participant register
 * @param ageBand age on the day of the session
 */
public record Attendee(
    UUID participantId,
    Gender gender,
    AgeBand ageBand,
    boolean idp,
    boolean disability,
    boolean veteran) {}
