package org.hubops.api.hubs;

import java.util.Optional;
import java.util.regex.Pattern;
import org.hubops.api.places.PlaceService;
import org.hubops.api.platform.Violations;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Place;
import org.jdbi.v3.core.Handle;

/** What a hub record must satisfy before it is stored. */
final class HubRules {

  /** Two or three capital letters, a dash, three to five digits: {@code LV-0042}. */
  static final Pattern CODE = Pattern.compile("[A-Z]{2,3}-[0-9]{3,5}");

  private HubRules() {}

  /**
   * Checks {@code hub} and answers it standing on the settlement its code names, with oblast,
   * raion, hromada, settlement and type from the codifier. {@code keptCode} is the hub's current
   * settlement code (null for a new hub): a code the codifier has since retired stays usable for
   * the hub already on it.
   */
  static Hub check(Hub hub, String keptCode, HubDao hubs, Handle handle, Violations violations) {
    if (violations.required("code", hub.code())) {
      if (!CODE.matcher(hub.code()).matches()) {
        violations.add("code", "validation.pattern", "LV-0042");
      } else if (hub.id() != null && hubs.codeTakenByOther(hub.code(), hub.id())) {
        violations.add("code", "validation.unique", hub.code());
      }
    }
    if (violations.required("name", hub.name())) {
      violations.maxLength("name", hub.name(), 200);
    }
    violations.required("institutionType", hub.institutionType());
    Optional<Place> place =
        PlaceService.settlement(
            handle, "settlementCode", hub.settlementCode(), keptCode, violations);
    violations.maxLength("address", hub.address(), 300);
    violations.required("openedOn", hub.openedOn());
    return place.map(hub::on).orElse(hub);
  }
}
