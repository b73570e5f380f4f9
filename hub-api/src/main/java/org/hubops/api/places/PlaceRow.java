package org.hubops.api.places;

/**
 * One unit of the codifier as stored: its own code, its category, name, and the codes of the units
 * above it (null where there is none), with the ISO 3166-2 code of its first-level unit.
 */
record PlaceRow(
    String code,
    PlaceCategory category,
    String name,
    String oblastCode,
    String raionCode,
    String hromadaCode,
    String settlementCode,
    String isoOblast) {

  String searchKey() {
    return SearchKey.of(name);
  }
}
