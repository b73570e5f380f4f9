package org.hubops.api.equipment;

import java.time.LocalDate;
import org.hubops.api.platform.Violations;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.rest.Equipment;
import org.hubops.model.rest.StatusChange;

/** What an equipment record and a status change must satisfy before they are stored. */
final class EquipmentRules {

  static final int MAX_NOTE = 500;

  private EquipmentRules() {}

  static void check(Equipment item, LocalDate today, EquipmentDao dao, Violations violations) {
    String number = item.inventoryNumber();
    if (violations.requiredText("inventoryNumber", number, 40)
        && dao.inventoryNumberTakenByOther(item.hubId(), number, item.id())) {
      violations.add("inventoryNumber", "validation.unique", number);
    }
    violations.required("category", item.category());
    violations.maxLength("model", item.model(), 200);
    violations.maxLength("serialNumber", item.serialNumber(), 100);
    violations.maxLength("fundingSource", item.fundingSource(), 200);
    violations.maxLength("notes", item.notes(), 2000);
    violations.notInFuture("acquiredOn", item.acquiredOn(), today);
    violations.notInFuture("lastCheckedOn", item.lastCheckedOn(), today);
  }

  /**
   * A change must change something, and history runs forwards: it is dated no later than today and
   * no earlier than the status it ends.
   */
  static void checkChange(
      StatusChange change, Equipment current, LocalDate today, Violations violations) {
    LocalDate date = change.date();
    EquipmentStatus status = change.status();
    if (violations.required("status", status) && status == current.status()) {
      violations.add("status", "validation.sameStatus");
    }
    violations.notInFuture("date", date, today);
    if (date.isBefore(current.statusSince())) {
      violations.add("date", "validation.beforeStatusSince", current.statusSince().toString());
    }
    violations.maxLength("note", change.note(), MAX_NOTE);
  }
}
