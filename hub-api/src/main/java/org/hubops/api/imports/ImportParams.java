package org.hubops.api.imports;

import java.util.Locale;
import org.hubops.api.platform.Messages;
import org.hubops.api.platform.Violations;

/** The query parameters shared by the import endpoints. */
final class ImportParams {

  private ImportParams() {}

  /** {@code ?dryRun=true|false}, false when absent; anything else is a 422 naming it. */
  static boolean dryRun(String raw, Messages messages) {
    if (raw == null || raw.isBlank()) {
      return false;
    }
    String value = raw.strip().toLowerCase(Locale.ROOT);
    if (!value.equals("true") && !value.equals("false")) {
      Violations violations = new Violations(messages);
      violations.add("dryRun", "validation.badFormat", "true/false");
      violations.throwIfAny();
    }
    return value.equals("true");
  }
}
