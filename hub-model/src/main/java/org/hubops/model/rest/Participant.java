package org.hubops.model.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hubops.model.Gender;

/**
 * A returning learner in a hub's register, so reports can count people as well as attendances.
 * {@code fullName} and {@code phone} are personal data: only the hub's coordinators and admins see
 * them, and they never leave the hub.
 *
 * @param code a pseudonym, unique in the hub
 * @param consentDate the day the person consented to their name and phone being kept; given by the
 *     service as the day of the write when consent is given without one
 */
public record Participant(
    UUID id,
    UUID hubId,
    String code,
    String fullName,
    String phone,
    Gender gender,
    Integer birthYear,
    boolean idp,
    boolean disability,
    boolean veteran,
    boolean consentGiven,
    LocalDate consentDate,
    Long version,
    Instant createdAt,
    Instant updatedAt) {

  /** The same participant with its personal data left out, for eyes outside the hub. */
  public Participant withoutPersonalData() {
    return new Participant(
        id,
        hubId,
        code,
        null,
        null,
        gender,
        birthYear,
        idp,
        disability,
        veteran,
        consentGiven,
        consentDate,
        version,
        createdAt,
        updatedAt);
  }
}
