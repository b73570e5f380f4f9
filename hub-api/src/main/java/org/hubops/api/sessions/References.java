package org.hubops.api.sessions;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hubops.model.rest.Attendee;
import org.hubops.model.rest.Session;

/**
 * What the rules check a session's references against: which topic codes exist, and which of its
 * equipment and participants belong to its hub. Read with one query per kind for any number of
 * sessions, so checking an import of thousands costs no more round trips than checking one; the
 * topics come from {@link TopicCodes}, read once.
 */
record References(Set<String> knownTopics, Set<UUID> hubEquipment, Set<UUID> hubParticipants) {

  static References of(
      Collection<Session> sessions, UUID hubId, SessionDao dao, Set<String> knownTopics) {
    Set<UUID> equipment = new LinkedHashSet<>();
    Set<UUID> participants = new LinkedHashSet<>();
    for (Session session : sessions) {
      session.equipmentIds().stream().filter(Objects::nonNull).forEach(equipment::add);
      session.attendees().stream()
          .filter(Objects::nonNull)
          .map(Attendee::participantId)
          .filter(Objects::nonNull)
          .forEach(participants::add);
    }
    Set<UUID> hubEquipment = new HashSet<>();
    for (List<UUID> chunk : SessionStore.chunks(equipment)) {
      hubEquipment.addAll(dao.equipmentOfHub(hubId, chunk));
    }
    Set<UUID> hubParticipants = new HashSet<>();
    for (List<UUID> chunk : SessionStore.chunks(participants)) {
      hubParticipants.addAll(dao.participantsOfHub(hubId, chunk));
    }
    return new References(knownTopics, hubEquipment, hubParticipants);
  }
}
