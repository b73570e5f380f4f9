package org.hubops.api.sessions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.hubops.api.equipment.EquipmentService;
import org.hubops.api.participants.ParticipantService;
import org.hubops.api.platform.PageRequest;
import org.hubops.api.platform.ProblemException;
import org.hubops.api.platform.Text;
import org.hubops.api.reference.ReferenceDao;
import org.hubops.api.web.FormData;
import org.hubops.api.web.Option;
import org.hubops.api.web.Visitor;
import org.hubops.api.web.WebText;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.rest.Equipment;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Page;
import org.hubops.model.rest.Participant;
import org.hubops.model.rest.Topic;
import org.jdbi.v3.core.Jdbi;

/**
 * What a session form offers to tick: the topics, the hub's equipment in service, and the first
 * people of its participant register.
 *
 * @param moreParticipants whether the register holds more people than are offered
 */
public record SessionChoices(
    List<Topic> topics,
    List<Option> equipment,
    List<Option> participants,
    boolean moreParticipants) {

  /**
   * A village register is a few dozen people. A hundred boxes keep the form under 50 KB (each costs
   * about 170 bytes); the others are counted in the grid.
   */
  public static final int OFFERED_PARTICIPANTS = 100;

  /**
   * The choices for {@code form}: what is ticked in it stays on offer even when it would not be (an
   * item since sent for repair, a participant beyond the first page), so an edit drops nothing.
   */
  static SessionChoices load(
      Jdbi jdbi,
      EquipmentService equipment,
      ParticipantService participants,
      Visitor visitor,
      Hub hub,
      FormData form) {
    List<Topic> topics = jdbi.withExtension(ReferenceDao.class, ReferenceDao::topics);
    List<Equipment> items =
        new ArrayList<>(
            equipment.list(hub, EquipmentStatus.IN_SERVICE, null, new PageRequest(0, 500)).items());
    for (UUID id : ticked(form, "equipmentIds")) {
      if (items.stream().noneMatch(e -> e.id().equals(id))) {
        find(() -> equipment.get(hub, id)).ifPresent(items::add);
      }
    }
    Page<Participant> register =
        participants.list(hub, null, new PageRequest(0, OFFERED_PARTICIPANTS));
    List<Participant> people = new ArrayList<>(register.items());
    for (UUID id : ticked(form, "participants")) {
      if (people.stream().noneMatch(p -> p.id().equals(id))) {
        find(() -> participants.get(hub, id)).ifPresent(people::add);
      }
    }
    boolean names = visitor.caller() != null && visitor.caller().canSeePersonalData(hub.id());
    return new SessionChoices(
        topics,
        items.stream().map(e -> new Option(e.id().toString(), label(e, visitor.text()))).toList(),
        people.stream().map(p -> new Option(p.id().toString(), label(p, names))).toList(),
        register.total() > register.items().size());
  }

  private static String label(Equipment item, WebText text) {
    return item.inventoryNumber()
        + " · "
        + text.label(item.category())
        + (item.model() == null ? "" : " " + item.model());
  }

  /** The pseudonym, with the name only for those who may see it, and the birth year. */
  private static String label(Participant person, boolean names) {
    return person.code()
        + (names && person.fullName() != null ? " · " + person.fullName() : "")
        + (person.birthYear() == null ? "" : " · " + person.birthYear());
  }

  private static List<UUID> ticked(FormData form, String name) {
    return form.all(name).stream().map(Text::uuid).flatMap(Optional::stream).toList();
  }

  private static <T> Optional<T> find(Supplier<T> lookup) {
    try {
      return Optional.of(lookup.get());
    } catch (ProblemException e) {
      return Optional.empty();
    }
  }
}
