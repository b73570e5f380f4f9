package org.hubops.bench.national;

import java.util.List;
import org.hubops.api.reports.Headcounts;

/**
 * The tables the generator fills, in an order that satisfies every foreign key, with the columns it
 * writes: the same list serves {@code COPY} on PostgreSQL and {@code INSERT} elsewhere.
 */
enum Table {
  HUB(
      "hub",
      "id, code, name, institution_type, settlement_code, oblast_code, raion_code, hromada_code,"
          + " hromada, settlement, settlement_type, address, opened_on, status, version,"
          + " created_at, updated_at, created_by"),
  HUB_STATUS_CHANGE("hub_status_change", "id, hub_id, status, since, recorded_at, recorded_by"),
  PARTICIPANT(
      "participant",
      "id, hub_id, code, full_name, phone, gender, birth_year, idp, disability, veteran,"
          + " consent_given, version, created_at, updated_at, created_by"),
  EQUIPMENT(
      "equipment",
      "id, hub_id, inventory_number, category, model, serial_number, funding_source, acquired_on,"
          + " status, status_since, last_checked_on, notes, version, created_at, updated_at,"
          + " created_by"),
  EQUIPMENT_EVENT(
      "equipment_event",
      "id, equipment_id, event_date, from_status, to_status, note, recorded_by, recorded_at"),
  EQUIPMENT_CHECK(
      "equipment_check",
      "id, equipment_id, check_date, found, condition, note, checked_by, recorded_at"),
  EQUIPMENT_REPAIR(
      "equipment_repair",
      "id, equipment_id, opened_on, problem, opened_by, closed_on, work_done, cost, outcome,"
          + " closed_by, version, created_at, updated_at"),
  SESSION(
      "session",
      "id, hub_id, session_date, start_time, duration_minutes, kind, format, title, trainer,"
          + " notes, version, created_at, updated_at, created_by, deleted_at, "
          + String.join(", ", Headcounts.COLUMNS)),
  SESSION_TOPIC("session_topic", "session_id, topic_code"),
  SESSION_EQUIPMENT("session_equipment", "session_id, equipment_id"),
  ATTENDEE(
      "attendee", "session_id, seq, participant_id, gender, age_band, idp, disability, veteran");

  final String name;
  final List<String> columns;

  Table(String name, String columns) {
    this.name = name;
    this.columns = List.of(columns.split(",\\s*"));
  }

  String columnList() {
    return String.join(", ", columns);
  }
}
