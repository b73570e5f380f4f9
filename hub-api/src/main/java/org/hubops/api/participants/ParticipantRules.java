package org.hubops.api.participants;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.hubops.api.platform.Violations;
import org.hubops.model.rest.Participant;

/** What a participant record must satisfy before it is stored. */
final class ParticipantRules {

  static final int FIRST_BIRTH_YEAR = 1900;

  /**
   * Digits with the usual separators, 7 to 20 characters: wide enough for {@code +380 (67)
   * 123-45-67} and for a village's short local number such as {@code 2-14-56}.
   */
  private static final Pattern PHONE = Pattern.compile("[0-9+() -]{7,20}");

  private static final int MIN_PHONE_DIGITS = 5;

  private ParticipantRules() {}

  static void check(
      Participant participant,
      LocalDate today,
      ParticipantDao participants,
      Violations violations) {
    String code = participant.code();
    if (violations.requiredText("code", code, 40)
        && participants.codeTakenByOther(participant.hubId(), code, participant.id())) {
      violations.add("code", "validation.unique", code);
    }
    violations.maxLength("fullName", participant.fullName(), 200);
    if (participant.phone() != null && !isPlausiblePhone(participant.phone())) {
      violations.add("phone", "validation.pattern", "+380 67 123 45 67");
    }
    violations.required("gender", participant.gender());
    violations.between("birthYear", participant.birthYear(), FIRST_BIRTH_YEAR, today.getYear());
    violations.notInFuture("consentDate", participant.consentDate(), today);
    // Personal data may only be kept with the person's consent (Law of Ukraine 2297-VI).
    boolean personal = participant.fullName() != null || participant.phone() != null;
    if (personal && !participant.consentGiven()) {
      violations.add("consentGiven", "validation.consentNeeded");
    }
  }

  private static boolean isPlausiblePhone(String phone) {
    return PHONE.matcher(phone).matches()
        && phone.chars().filter(Character::isDigit).count() >= MIN_PHONE_DIGITS;
  }
}
