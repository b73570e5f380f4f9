package org.hubops.model;

/** What kind of training event a session is. */
public enum SessionKind implements Labelled {
  GROUP_CLASS("Групове заняття", "Group class"),
  CONSULTATION("Індивідуальна консультація", "Individual consultation"),
  E_SERVICE_HELP("Допомога з е-послугами", "Help with e-services"),
  EVENT("Захід", "Event");

  private final String labelUk;
  private final String labelEn;

  SessionKind(String labelUk, String labelEn) {
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
