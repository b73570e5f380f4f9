package org.hubops.api.access;

/** Who tries a door of the access matrix, in the order of {@link Door#expected()}. */
enum Knocker {
  ADMIN,
  ASSOCIATION,
  COORDINATOR_OWN_HUB,
  COORDINATOR_OTHER_HUB,
  NO_TOKEN,
  BAD_TOKEN
}
