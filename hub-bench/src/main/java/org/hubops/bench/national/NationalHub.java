package org.hubops.bench.national;

import java.time.LocalDate;
import java.util.UUID;
import org.hubops.model.HubStatus;
import org.hubops.model.InstitutionType;
import org.hubops.model.SettlementType;

/**
 * One generated hub and how busy it is: {@code sessions} in the year, none in the quarters whose
 * bit is set in {@code silentQuarters} (bit 0 is the first quarter).
 */
record NationalHub(
    int index,
    UUID id,
    String code,
    Oblasts oblast,
    String name,
    InstitutionType institutionType,
    String settlementCode,
    String raionCode,
    String hromadaCode,
    String hromada,
    String settlement,
    SettlementType settlementType,
    LocalDate openedOn,
    HubStatus status,
    int silentQuarters,
    int sessions,
    int participants,
    int equipment) {

  boolean silentIn(int quarter) {
    return (silentQuarters & (1 << (quarter - 1))) != 0;
  }
}
