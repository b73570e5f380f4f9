package org.hubops.model.rest;

import org.hubops.model.SettlementType;

/**
 * A unit of the official codifier of administrative-territorial units (КАТОТТГ), as {@code GET
 * /places} answers it: a settlement with the raion, hromada and oblast it lies in.
 *
 * @param code КАТОТТГ code, {@code UA} + 17 digits
 * @param category the codifier's category letter: {@code M} city, {@code X} settlement, {@code C}
 *     village, {@code K} city with special status, {@code B} city district, {@code H} hromada,
 *     {@code P} raion, {@code O} oblast
 * @param name the unit's own name, as the codifier writes it
 * @param settlement the settlement a hub here is in (a city district answers its city and itself)
 * @param settlementType city, settlement or village; null for a unit that is not a settlement
 * @param oblast ISO 3166-2:UA code of the first-level unit
 * @param retired true when the current edition no longer has this code
 */
public record Place(
    String code,
    String category,
    String name,
    String settlement,
    SettlementType settlementType,
    String oblast,
    String oblastName,
    String raionCode,
    String raion,
    String hromadaCode,
    String hromada,
    boolean retired) {}
