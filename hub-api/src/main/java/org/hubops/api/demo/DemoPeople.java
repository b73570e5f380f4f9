package org.hubops.api.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hubops.api.participants.ParticipantService;
import org.hubops.api.platform.Messages;
import org.hubops.model.AgeBand;
import org.hubops.model.Gender;
import org.hubops.model.rest.Attendee;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Participant;

/**
 * A hub's register of returning learners, and who comes to a session: some regulars from the
 * register (so unique people can be counted), the rest anonymous walk-ins.
 */
final class DemoPeople {

  private static final String[] WOMEN = {
    "Галина Петренко",
    "Марія Іваненко",
    "Оксана Ткаченко",
    "Людмила Савчук",
    "Ніна Бойко",
    "Валентина Мороз",
    "Світлана Лисенко",
    "Тамара Руденко"
  };
  private static final String[] MEN = {
    "Іван Шевченко", "Петро Гнатюк", "Микола Поліщук", "Василь Кравченко", "Олег Марченко"
  };

  private final Random random;
  private final ParticipantService participants;
  private final Messages messages;
  private final List<Participant> register = new ArrayList<>();

  DemoPeople(Random random, ParticipantService participants, Messages messages) {
    this.random = random;
    this.participants = participants;
    this.messages = messages;
  }

  /** Registers {@code count} regulars; most agreed to leave a name and phone. */
  void register(Hub hub, int count, String actor) {
    register.clear();
    for (int i = 1; i <= count; i++) {
      Gender gender = random.nextInt(100) < 65 ? Gender.FEMALE : Gender.MALE;
      boolean named = random.nextInt(100) < 70;
      String[] names = gender == Gender.FEMALE ? WOMEN : MEN;
      Participant participant =
          new Participant(
              null,
              null,
              String.format("P-%03d", i),
              named ? names[random.nextInt(names.length)] : null,
              named
                  ? String.format(
                      "+380 67 %03d %02d %02d",
                      random.nextInt(1000), random.nextInt(100), random.nextInt(100))
                  : null,
              gender,
              1940 + random.nextInt(65),
              random.nextInt(100) < 15,
              random.nextInt(100) < 8,
              random.nextInt(100) < 5,
              named || random.nextBoolean(),
              null,
              null,
              null,
              null);
      register.add(participants.create(hub, participant, actor, messages));
    }
  }

  /** {@code size} people at a session on {@code day}: a third regulars, the rest walk-ins. */
  List<Attendee> attendees(int size, LocalDate day) {
    List<Attendee> attendees = new ArrayList<>(size);
    List<Participant> regulars = new ArrayList<>(register);
    for (int i = 0; i < size; i++) {
      if (!regulars.isEmpty() && random.nextInt(3) == 0) {
        Participant p = regulars.remove(random.nextInt(regulars.size()));
        attendees.add(
            new Attendee(
                p.id(),
                p.gender(),
                AgeBand.atSession(p.birthYear(), day),
                p.idp(),
                p.disability(),
                p.veteran()));
      } else {
        attendees.add(walkIn());
      }
    }
    return attendees;
  }

  private Attendee walkIn() {
    Gender gender = Gender.values()[Weights.pick(random, 62, 36, 2)];
    AgeBand band = AgeBand.values()[Weights.pick(random, 4, 8, 10, 12, 16, 25, 22, 3)];
    return new Attendee(
        null,
        gender,
        band,
        random.nextInt(100) < 14,
        random.nextInt(100) < 7,
        random.nextInt(100) < 4 && band != AgeBand.UNDER_18);
  }
}
