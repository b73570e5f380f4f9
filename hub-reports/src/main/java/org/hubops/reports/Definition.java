package org.hubops.reports;

import org.hubops.model.Language;
import org.hubops.model.Phrases;
import org.hubops.model.report.ReportRules;

/** How each figure is counted, as the "Definitions" sheet explains it to readers and donors. */
enum Definition {
  SESSION(
      "Заняття",
      "Session",
      "Одна подія навчання в хабі (групове заняття, консультація, допомога з е-послугами, захід)."
          + " Видалені заняття не враховуються.",
      "One training event at a hub (group class, consultation, help with e-services, event)."
          + " Deleted sessions are not counted."),
  ATTENDANCES(
      "Відвідування",
      "Attendances",
      "Один запис про присутню людину на занятті. Людина, що прийшла на три заняття, дає три"
          + " відвідування. Стать, вік, ВПО, інвалідність і статус ветерана беруться із запису.",
      "One row per person present at a session: someone at three sessions gives three attendances."
          + " Sex, age, IDP, disability and veteran status are taken from that row."),
  UNLINKED_MARKS(
      "Позначки, не пов’язані з особами",
      "Marks not linked to persons",
      "У таблиці відвідувачів заняття кількість ВПО, людей з інвалідністю і ветеранів вносять"
          + " одним числом на все заняття, не вказуючи, хто саме. Такі позначки входять до"
          + " загальних кількостей ВПО, людей з інвалідністю і ветеранів, але не до жодної статі чи"
          + " вікової групи: звіт ніколи не розкладає їх за статтю чи віком.",
      "The attendance grid of a session takes the number of IDPs, people with a disability and"
          + " veterans as one number for the whole session, without saying who. Such marks count"
          + " in the IDP, disability and veteran totals but in no sex or age band: the report never"
          + " splits them by sex or age."),
  UNIQUE_PARTICIPANTS(
      "Унікальні учасники",
      "Unique participants",
      "Різні зареєстровані учасники хабу, що відвідали хоча б одне заняття за період. Відвідувачі"
          + " без реєстрації рахуються лише як відвідування. Людина, зареєстрована у двох хабах,"
          + " рахується в кожному, тому показники хабів додаються до показників областей.",
      "Distinct registered participants of a hub who attended at least one session in the period."
          + " Walk-ins not on the register count as attendances only. Someone registered at two"
          + " hubs counts at each, so hub figures add up to oblast figures."),
  TRAINING_HOURS(
      "Години навчання",
      "Training hours",
      "Сума тривалості занять у хвилинах, поділена на 60. Не множиться на кількість учасників.",
      "The sum of session durations in minutes, divided by 60; not multiplied by attendees."),
  ACTIVE_HUB(
      "Діючий хаб",
      "Active hub",
      "Хаб зі статусом «Діє» на час складання звіту. Аркуш «За хабами» показує також недіючі"
          + " хаби, що внесли заняття в періоді, щоб його підсумки сходилися із загальними.",
      "A hub whose status is Active when the report is made. The \"By hub\" sheet also lists"
          + " hubs no longer active that logged sessions in the period, so its totals match."),
  REPORTING_HUB(
      "Хаб, що звітував",
      "Reporting hub",
      "Діючий хаб, що вніс хоча б одне заняття з датою в періоді звіту.",
      "An active hub that logged at least one session dated in the report's period."),
  LATE_ENTRY(
      "Запізнілий запис",
      "Late entry",
      "Заняття, внесене більше ніж через {0,plural,one{# день}few{# дні}many{# днів}other{# дня}}"
          + " після його дати (за київським часом).",
      "A session recorded more than {0,plural,one{# day}other{# days}} after its date (Kyiv time)."),
  AGE_AT_SESSION(
      "Вік на дату заняття",
      "Age at session",
      "Вікова група — вік людини в день заняття; якщо відомий лише рік народження, то рік"
          + " заняття мінус рік народження.",
      "The age band is a person's age on the day of the session; if only the birth year is known,"
          + " the session's year minus the birth year."),
  URBAN_RURAL(
      "Місто / село",
      "Urban / rural",
      "За категорією населеного пункту хабу в кодифікаторі КАТОТТГ: місто (M), місто зі"
          + " спеціальним статусом (K) і район у місті (B) — місто; селище (X, колишнє селище"
          + " міського типу) — теж місто; село (C) — село. Хаб без коду КАТОТТГ — за типом,"
          + " указаним під час реєстрації.",
      "By the category of the hub's settlement in the official codifier (КАТОТТГ): a city (M), a"
          + " city with special status (K) and a city district (B) are urban; a settlement (X,"
          + " formerly an urban-type settlement) is counted as urban too; a village (C) is rural."
          + " A hub without a codifier code counts by the type given when it was registered."),
  RAIONS(
      "Райони",
      "Raions",
      "Район хабу — той, у якому за кодифікатором КАТОТТГ лежить його населений пункт. Рядки"
          + " районів області разом дають рядок області: хаби без району (Київ, Севастополь або"
          + " ще без коду КАТОТТГ) — окремим рядком. У звіті однієї області аркуш «За громадами»"
          + " так само ділить кожен район на громади.",
      "A hub's raion is the one its settlement lies in by the codifier (КАТОТТГ). The raion rows"
          + " of an oblast add up to the oblast: hubs with no raion (Kyiv, Sevastopol, or not yet"
          + " given a codifier code) form a row of their own. The report of one oblast also"
          + " splits each raion into its hromadas the same way, on the sheet “By hromada”."),
  TOPICS(
      "Теми",
      "Topics",
      "Заняття з кількома темами враховано в кожній з них, тому рядки тем не додаються до"
          + " загальних підсумків.",
      "A session with several topics counts under each, so the topic rows do not add up to the"
          + " totals."),
  PERSONAL_DATA(
      "Персональні дані",
      "Personal data",
      "Звіт не містить імен, телефонів, ідентифікаторів учасників чи імен тренерів.",
      "The report holds no names, phone numbers, participant ids or trainers' names.");

  private final String termUk;
  private final String termEn;
  private final String meaningUk;
  private final String meaningEn;

  Definition(String termUk, String termEn, String meaningUk, String meaningEn) {
    this.termUk = termUk;
    this.termEn = termEn;
    this.meaningUk = meaningUk;
    this.meaningEn = meaningEn;
  }

  String term(Language language) {
    return language == Language.EN ? termEn : termUk;
  }

  String meaning(Language language) {
    return Phrases.format(
        language, language == Language.EN ? meaningEn : meaningUk, ReportRules.LATE_ENTRY_DAYS);
  }
}
