package org.hubops.api.sessions;

import java.util.UUID;
import org.hubops.model.AgeBand;
import org.hubops.model.Gender;

/** A row of {@code attendee}: one person at one session, in the order they were entered. */
public record AttendeeRow(
    UUID sessionId,
    int seq,
    UUID participantId,
    Gender gender,
    AgeBand ageBand,
    boolean idp,
    boolean disability,
    boolean veteran) {}
