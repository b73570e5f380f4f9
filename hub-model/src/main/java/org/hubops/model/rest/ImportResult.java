package org.hubops.model.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/**
 * What an import stored (or, for a dry run, would store). Exactly one of the lists is present: the
 * one for what was imported.
 *
 * @param dryRun true when nothing was written
 * @param sessions for a session import
 * @param equipment for an equipment list
 * @param hubs for a hub register
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportResult(
    boolean dryRun,
    int created,
    int updated,
    int unchanged,
    List<Entry> sessions,
    List<Entry> equipment,
    List<Entry> hubs) {

  /** What happened to one record of the file. */
  public enum Status {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  /**
   * One record of the file.
   *
   * @param ref how the file names it: a session's Ref, an inventory number, a hub code
   * @param id the stored record's id (for a dry run, the id it would get)
   * @param row the file row it came from (1-based, header being row 1)
   * @param changes for an update, what it changes, field by field (empty otherwise, and left out of
   *     the JSON)
   */
  public record Entry(
      String ref,
      UUID id,
      Status status,
      int row,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Change> changes) {

    public Entry {
      changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** An entry that changes no stored field: a create, or a record left as it was. */
    public Entry(String ref, UUID id, Status status, int row) {
      this(ref, id, status, row, List.of());
    }
  }

  /**
   * One field an update changes, as text a person can read in the file's terms.
   *
   * @param field the API's field name ({@code title}, {@code attendees[2].ageBand})
   * @param from the stored value, null when empty
   * @param to the file's value, null when empty
   */
  public record Change(String field, String from, String to) {}

  public static ImportResult ofSessions(boolean dryRun, List<Entry> entries) {
    return of(dryRun, entries, Kind.SESSIONS);
  }

  public static ImportResult ofEquipment(boolean dryRun, List<Entry> entries) {
    return of(dryRun, entries, Kind.EQUIPMENT);
  }

  public static ImportResult ofHubs(boolean dryRun, List<Entry> entries) {
    return of(dryRun, entries, Kind.HUBS);
  }

  private enum Kind {
    SESSIONS,
    EQUIPMENT,
    HUBS
  }

  private static ImportResult of(boolean dryRun, List<Entry> entries, Kind kind) {
    int created = count(entries, Status.CREATED);
    int updated = count(entries, Status.UPDATED);
    int unchanged = count(entries, Status.UNCHANGED);
    List<Entry> list = List.copyOf(entries);
    return new ImportResult(
        dryRun,
        created,
        updated,
        unchanged,
        kind == Kind.SESSIONS ? list : null,
        kind == Kind.EQUIPMENT ? list : null,
        kind == Kind.HUBS ? list : null);
  }

  private static int count(List<Entry> entries, Status status) {
    return (int) entries.stream().filter(e -> e.status() == status).count();
  }
}
