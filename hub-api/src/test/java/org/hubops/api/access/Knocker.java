package org.hubops.api.access;

/** Who tries a door of the access matrix, in the order of {@link Door#expected()}. */
enum Knocker {
  ADMIN,
  ASSOCIATION,
  COORDINATOR_OWN_HUB,
  COORDINATOR_OTHER_HUB,
  /** A regional officer of hub A's oblast, at hub A. */
  REGIONAL_OWN_OBLAST,
  /** The same officer at hub B, which stands in another oblast. */
  REGIONAL_OTHER_OBLAST,
  NO_TOKEN,
  BAD_TOKEN
}
