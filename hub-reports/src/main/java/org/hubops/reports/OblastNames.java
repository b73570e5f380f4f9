package org.hubops.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hubops.model.Language;
import org.hubops.model.rest.Oblast;

/** Names oblast codes in the workbook's language; rows carry only the code. */
final class OblastNames {

  private final Map<String, Oblast> byCode = new HashMap<>();
  private final Language language;

  OblastNames(List<Oblast> oblasts, Language language) {
    oblasts.forEach(oblast -> byCode.put(oblast.code(), oblast));
    this.language = language;
  }

  /** The oblast's name, or its code if the dataset did not name it. */
  String name(String code) {
    Oblast oblast = byCode.get(code);
    return oblast == null ? code : oblast.name(language);
  }
}
