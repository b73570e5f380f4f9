package org.hubops.api.accounts;

import java.util.UUID;

/** An oblast a REGIONAL officer looks after: one row of {@code account_oblast}. */
public record AccountOblast(UUID accountId, String oblastCode) {}
