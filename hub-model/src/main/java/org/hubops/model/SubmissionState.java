package org.hubops.model;

/** Where a hub's submission of one quarter stands in the reporting cycle (DESIGN.md). */
public enum SubmissionState implements Labelled {
  SUBMITTED("Подано", "Submitted"),
  APPROVED("Затверджено", "Approved"),
  RETURNED("Повернуто на доопрацювання", "Returned"),
  REOPENED("Відкрито знову", "Reopened");

  private final String labelUk;
  private final String labelEn;

  SubmissionState(String labelUk, String labelEn) {
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
