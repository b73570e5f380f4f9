package org.hubops.reports;

import org.hubops.model.Labelled;

/** Every word the workbooks show that is not a label of a model enum, in both languages. */
enum Text implements Labelled {
  // Sheet names: at most 31 characters, none of : \ / ? * [ ]
  SHEET_SUMMARY("Підсумок", "Summary"),
  SHEET_BY_REGION("За областями", "By region"),
  SHEET_BY_RAION("За районами", "By raion"),
  SHEET_BY_HROMADA("За громадами", "By hromada"),
  SHEET_BY_HUB("За хабами", "By hub"),
  SHEET_TOPICS("Теми", "Topics"),
  SHEET_EQUIPMENT("Обладнання", "Equipment"),
  SHEET_EQUIPMENT_BY_CATEGORY("Обладнання за категоріями", "Equipment by category"),
  SHEET_NEEDS_ATTENTION("Потребує уваги", "Needs attention"),
  SHEET_EQUIPMENT_ITEMS("Обладнання та використання", "Items and their use"),
  SHEET_USE_BY_HUB("Використання за хабами", "Equipment use by hub"),
  SHEET_USE_BY_OBLAST("Використання за областями", "Equipment use by oblast"),
  SHEET_USE_BY_CATEGORY("Використання за категоріями", "Equipment use by category"),
  SHEET_USE_BY_FUNDING("Використання за донорами", "Equipment use by funding"),
  SHEET_OVERDUE_CHECKS("Прострочені перевірки", "Overdue checks"),
  SHEET_SESSIONS("Заняття", "Sessions"),
  SHEET_DATA_QUALITY("Якість даних", "Data quality"),
  SHEET_COMPLETENESS("Подання звітів", "Reporting"),
  SHEET_COMPLETENESS_BY_RAION("Подання за районами", "Reporting by raion"),
  SHEET_MISSING("Не подали звіт", "Missing reports"),
  SHEET_DEFINITIONS("Визначення", "Definitions"),

  TITLE_QUARTERLY(
      "Хаби цифрової освіти: квартальний звіт", "Digital Education Hubs: quarterly report"),
  TITLE_HUB("Хаб цифрової освіти: звіт", "Digital Education Hub: report"),
  TITLE_EQUIPMENT("Обладнання хабів цифрової освіти", "Digital Education Hubs: equipment"),
  AUTHOR("HubOps", "HubOps"),
  ALL_UKRAINE("Уся Україна", "All Ukraine"),
  DATA_AS_OF("Дані станом на", "Data as of"),
  STATUS_LOCKED("Остаточні дані: квартал закрито", "Final figures: the quarter was locked"),
  STATUS_PRELIMINARY(
      "Попередні дані: квартал ще не закрито, цифри можуть змінитися",
      "Preliminary figures: the quarter is not locked and may still change"),
  STATUS_IN_PROGRESS(
      "Попередні дані: квартал ще триває, цифри неповні",
      "Preliminary figures: the quarter is still in progress and incomplete"),
  PERIOD("Період", "Period"),

  TABLE_HEADLINES("Основні показники", "Headline figures"),
  TABLE_SEX_AGE("Відвідування за віком і статтю", "Attendances by age and sex"),
  TABLE_URBAN_RURAL("Місто і село", "Urban and rural"),
  TABLE_MONTHS("За місяцями", "By month"),
  CHART_MONTHS("Відвідування за місяцями і статтю", "Attendances by month and sex"),
  CHART_OBLASTS("Відвідування за областями", "Attendances by oblast"),
  CHART_OBLASTS_EMPTY_LEFT_OUT(
      "Області без відвідувань не показано; усі області — на аркуші «За областями»",
      "Oblasts with no attendances are left out; every oblast is on the sheet “By region”"),

  FIGURE("Показник", "Figure"),
  THIS_QUARTER("Цей квартал", "This quarter"),
  PREVIOUS_QUARTER("Попередній квартал", "Previous quarter"),
  CHANGE("Зміна", "Change"),
  CHANGE_PERCENT("Зміна, %", "Change, %"),
  VALUE("Значення", "Value"),
  NOT_COMPARABLE("—", "—"),
  AGE_BAND("Вік", "Age"),
  MONTH("Місяць", "Month"),
  TOTAL("Разом", "Total"),
  YES("так", "yes"),
  NO("ні", "no"),

  OBLAST_CODE("Код області", "Oblast code"),
  OBLAST("Область", "Oblast"),
  ACTIVE_HUBS("Діючі хаби", "Active hubs"),
  REPORTING_HUBS("Хаби, що звітували", "Reporting hubs"),
  /** Hubs on "By hub": the active ones and any other that logged a session in the period. */
  LISTED_HUBS("Хаби у звіті", "Hubs in report"),
  HUB_CODE("Код хабу", "Hub code"),
  HUB("Хаб", "Hub"),
  SETTLEMENT_TYPE("Тип населеного пункту", "Settlement type"),
  URBAN_OR_RURAL("Місто / село", "Urban / rural"),
  RAION_CODE("Код району (КАТОТТГ)", "Raion code (КАТОТТГ)"),
  RAION("Район", "Raion"),
  NO_RAION("Без району", "No raion"),
  HROMADA_CODE("Код громади (КАТОТТГ)", "Hromada code (КАТОТТГ)"),
  HROMADA("Громада", "Hromada"),
  NO_HROMADA("Без громади", "No hromada"),
  URBAN("Місто", "Urban"),
  RURAL("Село", "Rural"),
  SESSIONS("Заняття", "Sessions"),
  TRAINING_HOURS("Години навчання", "Training hours"),
  ATTENDANCES("Відвідування", "Attendances"),
  IDP("ВПО", "IDPs"),
  DISABILITY("З інвалідністю", "With disability"),
  VETERANS("Ветерани", "Veterans"),
  UNIQUE_PARTICIPANTS("Унікальні учасники", "Unique participants"),
  TOPIC_CODE("Код теми", "Topic code"),
  TOPIC_AREA("Сфера", "Area"),
  TOPIC("Тема", "Topic"),
  TOPICS_NOTE(
      "Заняття з кількома темами враховано в кожній, тому рядки не додаються до загальних підсумків.",
      "A session with several topics counts under each, so the rows do not add up to the totals."),
  CATEGORY("Категорія", "Category"),
  STATUS("Стан", "Status"),
  ITEMS("Одиниць", "Items"),
  INVENTORY_NUMBER("Інвентарний номер", "Inventory number"),
  MODEL("Модель", "Model"),
  SERIAL_NUMBER("Серійний номер", "Serial number"),
  FUNDING_SOURCE("Джерело фінансування", "Funding source"),
  ACQUIRED_ON("Придбано", "Acquired"),
  STATUS_SINCE("У цьому стані з", "Status since"),
  LAST_CHECKED_ON("Остання перевірка", "Last checked"),
  CHECK_DUE_ON("Перевірити до", "Check due by"),
  CHECK_OVERDUE("Перевірку прострочено", "Check overdue"),
  OVERDUE_CHECKS("Прострочені перевірки", "Overdue checks"),
  IN_SERVICE_ITEMS("Справні", "In service"),
  UNUSED_IN_SERVICE("Справні, не використані", "In service, not used"),
  DAYS_UNDER_REPAIR("Днів у ремонті", "Days under repair"),
  NO_FUNDING_SOURCE("(не вказано)", "(not given)"),
  USE_GROUP_NOTE(
      "Заняття, на якому використали кілька одиниць групи, враховано в ній один раз;",
      "A session that used several items of a group counts once in it;"),
  USE_GROUP_NOTE_2(
      "заняття з одиницями кількох груп — у кожній, тому заняття не додаються.",
      "one that used items of several groups counts in each, so sessions do not add up."),
  DATE("Дата", "Date"),
  KIND("Вид", "Kind"),
  FORMAT("Формат", "Format"),
  TOPIC_CODES("Теми (коди)", "Topics (codes)"),
  RECORDED_AT("Внесено", "Recorded at"),
  LATE_ENTRY("Запізнілий запис", "Late entry"),
  DAYS_TO_RECORD("Днів до внесення", "Days to record"),
  ISSUE("Проблема", "Issue"),
  TERM("Термін", "Term"),
  HOW_COUNTED("Як рахується", "How it is counted"),

  EXPECTED("Мали подати", "Expected"),
  SUBMITTED("Подали", "Submitted"),
  ON_TIME("Вчасно", "On time"),
  LATE("Із запізненням", "Late"),
  NIL("Без занять", "Nil reports"),
  RETURNED("Повернуто", "Returned"),
  MISSING("Не подали", "Missing"),
  DEADLINE("Строк подання", "Deadline"),
  LAST_SESSION("Останнє заняття", "Last session");

  private final String labelUk;
  private final String labelEn;

  Text(String labelUk, String labelEn) {
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
