package org.hubops.api.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hubops.api.equipment.EquipmentService;
import org.hubops.api.participants.ParticipantService;
import org.hubops.api.reference.ReferenceDao;
import org.hubops.api.sessions.SessionChanges;
import org.hubops.model.rest.Equipment;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Participant;
import org.hubops.model.rest.Topic;
import org.jdbi.v3.core.Handle;

/**
 * What the cells of a session file name, read once per import: topics by code or name, the hub's
 * equipment by inventory number, its participants by code. A name is matched as typed first, then
 * ignoring case and spacing.
 */
final class HubLookups implements SessionChanges.Names {

  private final Map<String, String> topics = new HashMap<>();
  private final Map<String, UUID> equipment = new HashMap<>();
  private final Map<String, UUID> participants = new HashMap<>();
  private final Map<UUID, String> inventoryNumbers = new HashMap<>();
  private final Map<UUID, String> codes = new HashMap<>();

  private HubLookups() {}

  static HubLookups read(Handle handle, Hub hub) {
    HubLookups lookups = new HubLookups();
    for (Topic topic : handle.attach(ReferenceDao.class).topics()) {
      lookups.topics.put(Choices.normalize(topic.nameUk()), topic.code());
      lookups.topics.put(Choices.normalize(topic.nameEn()), topic.code());
      lookups.topics.put(Choices.normalize(topic.code()), topic.code());
    }
    List<Equipment> items = EquipmentService.all(handle, hub);
    items.forEach(item -> put(lookups.equipment, item.inventoryNumber(), item.id()));
    items.forEach(item -> lookups.inventoryNumbers.put(item.id(), item.inventoryNumber()));
    List<Participant> people = ParticipantService.all(handle, hub);
    people.forEach(person -> put(lookups.participants, person.code(), person.id()));
    people.forEach(person -> lookups.codes.put(person.id(), person.code()));
    return lookups;
  }

  /**
   * The topic code an item of the Topics cell names: a code ({@code E.1}), a name, or a dropdown
   * entry, which is a code followed by its name ({@code E.1 — Державні е-послуги}).
   */
  String topic(String item) {
    String code = topics.get(Choices.normalize(item));
    if (code == null) {
      String firstWord = item.strip().split("\\s+", 2)[0];
      code = topics.get(Choices.normalize(firstWord));
    }
    return code;
  }

  /**
   * The hub's item an entry of the Equipment cell names: its inventory number, or the template's
   * dropdown entry, the inventory number followed by what it is ({@code INV-0001 — Ноутбук}).
   */
  UUID equipment(String item) {
    UUID id = find(equipment, item);
    int dash = item.indexOf(" — ");
    return id == null && dash > 0 ? find(equipment, item.substring(0, dash)) : id;
  }

  UUID participant(String code) {
    return find(participants, code);
  }

  /** The inventory number of the hub's item, as the file names it in an update's changes. */
  @Override
  public String equipment(UUID id) {
    return inventoryNumbers.getOrDefault(id, id.toString());
  }

  /** The participant's code, as the file names them. */
  @Override
  public String participant(UUID id) {
    return codes.getOrDefault(id, id.toString());
  }

  private static void put(Map<String, UUID> map, String key, UUID id) {
    map.put(key, id);
    map.putIfAbsent(Choices.normalize(key), id);
  }

  private static UUID find(Map<String, UUID> map, String key) {
    UUID exact = map.get(key);
    return exact != null ? exact : map.get(Choices.normalize(key));
  }
}
