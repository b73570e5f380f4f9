package org.hubops.model.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hubops.model.HubStatus;
import org.hubops.model.InstitutionType;
import org.hubops.model.SettlementType;

/**
 * A Digital Education Hub.
 *
 * @param code unique human code, e.g. {@code LV-0042}
 * @param oblast ISO 3166-2:UA code of the oblast
 * @param version for optimistic locking: send back the version you read when you update
 */
public record Hub(
    UUID id,
    String code,
    String name,
    InstitutionType institutionType,
    String oblast,
    String hromada,
    String settlement,
    SettlementType settlementType,
    String address,
    LocalDate openedOn,
    HubStatus status,
    Long version,
    Instant createdAt,
    Instant updatedAt) {}
