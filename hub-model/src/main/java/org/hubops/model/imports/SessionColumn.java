package org.hubops.model.imports;

/** The columns of the sessions sheet: one row per session, named by its {@link #REF}. */
public enum SessionColumn implements SheetColumn {
  REF(true, "Номер", "Ref"),
  DATE(true, "Дата", "Date"),
  START(true, "Початок", "Start"),
  MINUTES(true, "Хвилин", "Minutes"),
  KIND(true, "Вид", "Kind"),
  FORMAT(true, "Формат", "Format"),
  TITLE(false, "Назва", "Title"),
  TOPICS(true, "Теми", "Topics"),
  TRAINER(false, "Тренер", "Trainer"),
  EQUIPMENT(false, "Обладнання", "Equipment"),
  SESSION_ID(false, "ID заняття", "Session ID");

  private final boolean required;
  private final String labelUk;
  private final String labelEn;

  SessionColumn(boolean required, String labelUk, String labelEn) {
    this.required = required;
    this.labelUk = labelUk;
    this.labelEn = labelEn;
  }

  @Override
  public boolean required() {
    return required;
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
