package org.hubops.api.imports;

import java.util.Locale;
import org.hubops.api.platform.Messages;
import org.hubops.api.platform.Requester;
import org.hubops.api.platform.Violations;

/**
 * What every import request carries besides its file.
 *
 * @param dryRun {@code ?dryRun=true}: check and answer, store nothing
 * @param actor who imports, for {@code created_by}
 * @param messages the request's language
 */
record ImportRequest(boolean dryRun, String actor, Messages messages) {

  /** Reads the request; a {@code dryRun} other than true or false is a 422 naming it. */
  static ImportRequest of(String dryRun, Requester requester) {
    Messages messages = requester.messages();
    String value = dryRun == null ? "false" : dryRun.strip().toLowerCase(Locale.ROOT);
    if (!value.equals("true") && !value.equals("false")) {
      Violations violations = new Violations(messages);
      violations.add("dryRun", "validation.badFormat", "true/false");
      violations.throwIfAny();
    }
    return new ImportRequest(value.equals("true"), requester.actor(), messages);
  }
}
