package org.hubops.reports;

import org.hubops.model.Labelled;

/** The words of the session template, in both languages; {@code %s} marks a value. */
enum TemplateText implements Labelled {
  TITLE("Облік занять хабу %s «%s»", "Session log of hub %s, %s"),
  HOW_TO("Як заповнювати", "How to fill it in"),
  TITLE_EQUIPMENT("Перелік обладнання хабу %s", "Equipment list of hub %s"),
  TITLE_HUBS("Реєстр хабів", "Hub register"),
  LIST_HOW_TO(
      "Заповніть наступний аркуш: один рядок — один запис, заголовки не змінюйте. Імпорт"
          + " перевіряє весь файл і не зберігає нічого, доки є хоч одна помилка; той самий файл"
          + " удруге нічого не дублює.",
      "Fill in the next sheet: one row per record, headers unchanged. The import checks the"
          + " whole file and stores nothing while any row is wrong; the same file sent again"
          + " duplicates nothing."),
  COLUMN("Стовпець", "Column"),
  REQUIRED("Обов’язковий", "Required"),
  WHAT_TO_WRITE("Що писати", "What to write"),
  ALLOWED("Можливі значення", "Allowed values"),
  STEP_SESSIONS(
      "Аркуш «%s»: один рядок — одне заняття. «Номер» — будь-який, але у файлі не повторюється"
          + " (1, 2, 3…).",
      "Sheet \"%s\": one row per session. \"Ref\" can be anything, as long as it is not repeated"
          + " in the file (1, 2, 3…)."),
  STEP_ATTENDEES(
      "Аркуш «%s»: один рядок — одна людина, присутня на занятті; у стовпці «Номер заняття»"
          + " вкажіть номер заняття з першого аркуша.",
      "Sheet \"%s\": one row per person present; in \"Ref\" give the Ref of their session from"
          + " the first sheet."),
  STEP_FORMATS(
      "Дату пишіть як 12.03.2026 (або 2026-03-12), час початку — як 10:30, тривалість — у"
          + " хвилинах.",
      "Type dates as 12.03.2026 (or 2026-03-12), start times as 10:30, durations in minutes."),
  STEP_CHOICES(
      "Вид, формат, стать, вікову групу і так/ні обирайте зі списку, що розкривається в клітинці.",
      "Pick kind, format, gender, age band and yes/no from the cell's dropdown list."),
  STEP_TOPICS(
      "Теми: оберіть одну зі списку або впишіть кілька кодів через «;», напр. «E.1; 2.2»."
          + " Коди тем — у таблиці нижче.",
      "Topics: pick one from the list, or type several codes separated by \";\", e.g. \"E.1;"
          + " 2.2\". The codes are in the table below."),
  STEP_EQUIPMENT(
      "Обладнання (необов’язково): інвентарні номери через «;».",
      "Equipment (optional): inventory numbers separated by \";\"."),
  STEP_SESSION_ID(
      "«ID заняття» лишайте порожнім для нового заняття. Щоб змінити вже завантажене заняття,"
          + " виправте його рядок, не змінюючи номер, дату, початок і вид, або вкажіть його ID.",
      "Leave \"Session ID\" empty for a new session. To change a session already imported, edit"
          + " its row keeping its Ref, date, start and kind, or give its ID."),
  STEP_DONT(
      "Не перейменовуйте аркуші й заголовки, не об’єднуйте клітинки і не вставляйте формули.",
      "Do not rename sheets or headers, merge cells or enter formulas."),
  STEP_IMPORT(
      "Завантажте файл на сторінці хабу або командою: hubops import sessions ФАЙЛ --hub %s",
      "Upload the file on the hub's page, or run: hubops import sessions FILE --hub %s"),
  STEP_ALL_OR_NOTHING(
      "Спершу перевіряється весь файл. Якщо щось не так, не зберігається нічого, а ви отримаєте"
          + " перелік клітинок (аркуш, рядок, стовпець), які треба виправити.",
      "The whole file is checked first. If anything is wrong, nothing is stored and you get the"
          + " list of cells (sheet, row, column) to fix."),
  STEP_AGAIN(
      "Повторне завантаження того самого файлу не створює дублікатів.",
      "Importing the same file again creates no duplicates."),
  TOPIC_CODES("Коди тем", "Topic codes"),
  CODE("Код", "Code"),
  TOPIC("Тема", "Topic"),
  PROMPT_REF("Номер заняття", "Session ref"),
  PROMPT_REF_TEXT(
      "Будь-який номер, що не повторюється у файлі: 1, 2, 3…",
      "Any ref not repeated in the file: 1, 2, 3…"),
  PROMPT_ATTENDEE_REF_TEXT(
      "Номер заняття з аркуша «Заняття»: повторіть його в рядку кожної людини, що була на ньому",
      "The session's ref from the Sessions sheet: repeat it on the row of each person who came"),
  PROMPT_DATE("Дата", "Date"),
  PROMPT_DATE_TEXT(
      "Дата заняття, напр. 12.03.2026; не раніше відкриття хабу і не пізніше ніж за тиждень від"
          + " сьогодні.",
      "Date of the session, e.g. 12.03.2026; not before the hub opened, at most a week ahead."),
  PROMPT_START("Початок", "Start"),
  PROMPT_START_TEXT("Час початку, напр. 10:30", "Start time, e.g. 10:30"),
  PROMPT_MINUTES("Тривалість", "Duration"),
  PROMPT_MINUTES_TEXT("Тривалість у хвилинах, від 1 до 600", "Minutes, from 1 to 600"),
  PROMPT_CHOICE("Оберіть зі списку", "Pick from the list"),
  PROMPT_CHOICE_TEXT(
      "Оберіть значення зі списку в клітинці.", "Pick a value from the cell's dropdown list."),
  PROMPT_TOPICS("Теми", "Topics"),
  PROMPT_TOPICS_TEXT(
      "Одна тема зі списку або кілька кодів через «;», напр. E.1; 2.2",
      "One topic from the list, or several codes separated by ;, e.g. E.1; 2.2"),
  PROMPT_EQUIPMENT("Обладнання", "Equipment"),
  PROMPT_EQUIPMENT_TEXT(
      "Інвентарні номери через «;»; можна не заповнювати.",
      "Inventory numbers separated by ;, or leave empty."),
  PROMPT_TEXT("Текст", "Text"),
  PROMPT_TEXT_TEXT("До 200 символів; можна не заповнювати.", "Up to 200 characters; optional."),
  PROMPT_SESSION_ID("ID заняття", "Session ID"),
  PROMPT_SESSION_ID_TEXT(
      "Порожньо для нового заняття; ID — щоб змінити вже завантажене.",
      "Empty for a new session; an ID to change one already imported."),
  PROMPT_PARTICIPANT("Код учасника", "Participant code"),
  PROMPT_PARTICIPANT_TEXT(
      "Код з реєстру учасників хабу; можна не заповнювати.",
      "Code from the hub's participant register; optional."),
  WRONG_VALUE("Неправильне значення", "Wrong value"),
  WRONG_VALUE_TEXT(
      "Таке значення не буде прийняте під час імпорту. Див. підказку клітинки.",
      "This value will be refused on import. See the cell's hint."),
  OTHER_VALUE("Значення не зі списку", "Value not in the list"),
  OTHER_VALUE_TEXT(
      "Кілька значень пишіть через «;». Значення перевіряться під час імпорту.",
      "Separate several values with ;. They are checked on import.");

  private final String labelUk;
  private final String labelEn;

  TemplateText(String labelUk, String labelEn) {
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
