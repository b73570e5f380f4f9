package org.hubops.model.imports;

import org.hubops.model.Labelled;

/**
 * The sheets of the import files. The template names them in its language; an import finds a sheet
 * by either name, so a Ukrainian template filled in and an English one read the same.
 */
public enum ImportSheet implements Labelled {
  SESSIONS("Заняття", "Sessions"),
  ATTENDEES("Відвідувачі", "Attendees"),
  INSTRUCTIONS("Інструкція", "Instructions"),
  LISTS("Списки", "Lists"),
  EQUIPMENT("Обладнання", "Equipment"),
  HUBS("Хаби", "Hubs");

  private final String labelUk;
  private final String labelEn;

  ImportSheet(String labelUk, String labelEn) {
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
