package org.hubops.model.report;

import org.hubops.model.Labelled;

/** What the data-quality sheet lists, so regional offices know whom to call. */
public enum DataIssue implements Labelled {
  HUB_WITHOUT_SESSIONS("Хаб нічого не вніс", "Hub logged nothing"),
  SESSION_WITHOUT_ATTENDEES("Заняття без учасників", "Session without attendees"),
  LATE_ENTRY("Запізнілий запис", "Late entry"),
  HUB_WITHOUT_SETTLEMENT_CODE(
      "Хаб без коду населеного пункту (КАТОТТГ)", "Hub without a settlement code (КАТОТТГ)"),
  HUB_ON_RETIRED_CODE("Хаб на скасованому коді КАТОТТГ", "Hub on a retired КАТОТТГ code");

  private final String labelUk;
  private final String labelEn;

  DataIssue(String labelUk, String labelEn) {
    this.labelUk = labelUk;
    this.labelEn = labelEn;
  }

  @Override
  public String labelUk() {
    return labelUk;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }
}
