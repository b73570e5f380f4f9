package org.hubops.model.imports;

import org.hubops.model.Labelled;

/** The answers of a yes/no column (IDP, disability, veteran), as a spreadsheet shows them. */
public enum YesNo implements Labelled {
  YES("так", "yes"),
  NO("ні", "no");

  private final String labelUk;
  private final String labelEn;

  YesNo(String labelUk, String labelEn) {
    this.labelUk = labelUk;
    this.labelEn = labelEn;
  }

  public static YesNo of(boolean value) {
    return value ? YES : NO;
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
