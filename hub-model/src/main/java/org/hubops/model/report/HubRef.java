package org.hubops.model.report;

import java.util.Objects;
import org.hubops.model.SettlementType;

/**
 * Which hub a row of a report belongs to: what a reader needs to place it, nothing more.
 *
 * @param code the hub's human code, e.g. {@code LV-0042}
 * @param oblastCode ISO 3166-2:UA code of its oblast
 * @param settlementType the kind of place it is in; decides urban or rural
 */
public record HubRef(String code, String name, String oblastCode, SettlementType settlementType) {

  public HubRef {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(oblastCode, "oblastCode");
    Objects.requireNonNull(settlementType, "settlementType");
  }
}
