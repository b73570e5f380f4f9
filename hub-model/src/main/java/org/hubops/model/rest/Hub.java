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
 * <p>A hub stands on one settlement of the official codifier (КАТОТТГ): a client sends {@code
 * settlementCode}, and the service fills {@code oblast}, {@code raion}, {@code hromada}, {@code
 * settlement} and {@code settlementType} from it; those are read-only (what a client sends in them
 * is ignored). A hub registered before codes existed may have no {@code settlementCode} yet: its
 * other fields are still answered as they were typed.
 *
 * @param code unique human code, e.g. {@code LV-0042}
 * @param settlementCode КАТОТТГ code of the settlement ({@code UA} + 17 digits): a city,
 *     settlement, village or city district
 * @param oblast ISO 3166-2:UA code of the oblast
 * @param raionCode КАТОТТГ code of the raion; null for Kyiv and Sevastopol
 * @param raion name of the raion
 * @param hromadaCode КАТОТТГ code of the territorial community (hromada)
 * @param status the hub's status today
 * @param statusSince the day the present status began. Sent with a change of {@code status}, it
 *     dates the change (a hub closed since last month, recorded today); sent alone, it corrects the
 *     date of the present status. Left out (or left as read), a change counts from today. Never in
 *     the future, before {@code openedOn} or the change before, nor in a locked quarter: reports of
 *     past quarters count the hubs that were active then by these dates.
 * @param version for optimistic locking: send back the version you read when you update
 */
public record Hub(
    UUID id,
    String code,
    String name,
    InstitutionType institutionType,
    String settlementCode,
    String oblast,
    String raionCode,
    String raion,
    String hromadaCode,
    String hromada,
    String settlement,
    SettlementType settlementType,
    String address,
    LocalDate openedOn,
    HubStatus status,
    LocalDate statusSince,
    Long version,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * A hub as a client sends it: what follows from {@code settlementCode} (oblast, raion, hromada,
   * settlement and its type) is left for the service to fill in.
   */
  public static Hub sent(
      UUID id,
      String code,
      String name,
      InstitutionType institutionType,
      String settlementCode,
      String address,
      LocalDate openedOn,
      HubStatus status,
      LocalDate statusSince,
      Long version) {
    return new Hub(
        id,
        code,
        name,
        institutionType,
        settlementCode,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        address,
        openedOn,
        status,
        statusSince,
        version,
        null,
        null);
  }

  /** This hub standing on {@code place}, everything that follows from the code taken from it. */
  public Hub on(Place place) {
    return new Hub(
        id,
        code,
        name,
        institutionType,
        place.code(),
        place.oblast(),
        place.raionCode(),
        place.raion(),
        place.hromadaCode(),
        place.hromada(),
        place.settlement(),
        place.settlementType(),
        address,
        openedOn,
        status,
        statusSince,
        version,
        createdAt,
        updatedAt);
  }

  /** This hub in {@code status} since {@code since} (null: from the day it is stored). */
  public Hub withStatus(HubStatus status, LocalDate since) {
    return new Hub(
        id,
        code,
        name,
        institutionType,
        settlementCode,
        oblast,
        raionCode,
        raion,
        hromadaCode,
        hromada,
        settlement,
        settlementType,
        address,
        openedOn,
        status,
        since,
        version,
        createdAt,
        updatedAt);
  }
}
