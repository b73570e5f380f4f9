package org.hubops.api.hubs;

import java.util.regex.Pattern;
import org.hubops.api.platform.Violations;
import org.hubops.api.reference.ReferenceDao;
import org.hubops.model.rest.Hub;

/** What a hub record must satisfy before it is stored. */
final class HubRules {

  /** Two or three capital letters, a dash, three to five digits: {@code LV-0042}. */
  static final Pattern CODE = Pattern.compile("[A-Z]{2,3}-[0-9]{3,5}");

  private HubRules() {}

  static void check(Hub hub, HubDao hubs, ReferenceDao reference, Violations violations) {
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
    if (violations.required("oblast", hub.oblast()) && !reference.oblastExists(hub.oblast())) {
      violations.add("oblast", "validation.oblastUnknown", hub.oblast());
    }
    if (violations.required("hromada", hub.hromada())) {
      violations.maxLength("hromada", hub.hromada(), 200);
    }
    if (violations.required("settlement", hub.settlement())) {
      violations.maxLength("settlement", hub.settlement(), 200);
    }
    violations.required("settlementType", hub.settlementType());
    violations.maxLength("address", hub.address(), 300);
    violations.required("openedOn", hub.openedOn());
  }
}
