package org.hubops.api.accounts;

import java.util.UUID;

/** A hub a coordinator serves: one row of {@code account_hub}. */
public record AccountHub(UUID accountId, UUID hubId) {}
