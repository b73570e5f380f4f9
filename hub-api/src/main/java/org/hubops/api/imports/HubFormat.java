package org.hubops.api.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hubops.api.hubs.HubService;
import org.hubops.api.places.PlaceService;
import org.hubops.api.platform.Messages;
import org.hubops.model.HubStatus;
import org.hubops.model.InstitutionType;
import org.hubops.model.imports.HubColumn;
import org.hubops.model.imports.ImportSheet;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.ImportResult;
import org.hubops.model.rest.Oblast;
import org.hubops.model.rest.Place;
import org.jdbi.v3.core.Handle;

/**
 * The hub register, keyed by hub code. A hub's place is its settlement code (КАТОТТГ) or, for files
 * made before codes, its oblast (code or name), hromada and settlement names, which must name
 * exactly one settlement of the codifier; a row whose names do not is reported by its row and the
 * settlement column, never guessed.
 */
final class HubFormat implements ListFormat<HubColumn, Hub> {

  private final HubService hubs;
  private final PlaceService places;
  private final String actor;
  private final Messages messages;
  private final Map<String, String> oblasts = new HashMap<>();

  HubFormat(
      HubService hubs, PlaceService places, List<Oblast> oblasts, String actor, Messages messages) {
    this.hubs = hubs;
    this.places = places;
    this.actor = actor;
    this.messages = messages;
    for (Oblast oblast : oblasts) {
      this.oblasts.put(Choices.normalize(oblast.code()), oblast.code());
      this.oblasts.put(Choices.normalize(oblast.nameUk()), oblast.code());
      this.oblasts.put(Choices.normalize(oblast.nameEn()), oblast.code());
      // Registers write "Львівська" as often as "Львівська область": both name one oblast.
      this.oblasts.putIfAbsent(shortName(oblast.nameUk(), " область"), oblast.code());
      this.oblasts.putIfAbsent(shortName(oblast.nameEn(), " oblast"), oblast.code());
    }
  }

  @Override
  public ImportSheet sheet() {
    return ImportSheet.HUBS;
  }

  @Override
  public Class<HubColumn> columns() {
    return HubColumn.class;
  }

  @Override
  public HubColumn key() {
    return HubColumn.CODE;
  }

  @Override
  public Hub read(CellReader<HubColumn> cells, SheetTable.Row row) {
    String code = cells.text(row, HubColumn.CODE);
    return Hub.sent(
        null,
        code == null ? null : code.toUpperCase(Locale.ROOT),
        cells.text(row, HubColumn.NAME),
        cells.choice(row, HubColumn.INSTITUTION_TYPE, InstitutionType.class),
        settlementCode(cells, row),
        cells.text(row, HubColumn.ADDRESS),
        cells.date(row, HubColumn.OPENED_ON),
        cells.choice(row, HubColumn.STATUS, HubStatus.class),
        null,
        null);
  }

  /** The normalized name without its trailing word ("область", "Oblast"), if it has one. */
  private static String shortName(String name, String word) {
    String normalized = Choices.normalize(name);
    return normalized.endsWith(word)
        ? normalized.substring(0, normalized.length() - word.length())
        : normalized;
  }

  /**
   * The code given, or the one settlement the oblast, hromada and settlement names match. A code
   * given is checked when the hub is (unknown, retired, not a settlement: on its column).
   */
  private String settlementCode(CellReader<HubColumn> cells, SheetTable.Row row) {
    String code = cells.text(row, HubColumn.SETTLEMENT_CODE);
    if (code != null) {
      return code;
    }
    String oblast = cells.text(row, HubColumn.OBLAST);
    String hromada = cells.text(row, HubColumn.HROMADA);
    String settlement = cells.text(row, HubColumn.SETTLEMENT);
    if (oblast == null && settlement == null) {
      return null; // reported as a missing settlement code
    }
    String oblastCode = oblast == null ? null : oblasts.get(Choices.normalize(oblast));
    if (oblastCode == null) {
      cells.problem(
          row,
          HubColumn.OBLAST,
          oblast == null ? "validation.required" : "validation.oblastUnknown",
          oblast);
      return null;
    }
    if (settlement == null) {
      cells.problem(row, HubColumn.SETTLEMENT, "validation.required");
      return null;
    }
    List<Place> found = places.named(oblastCode, hromada, settlement);
    if (found.size() == 1) {
      return found.get(0).code();
    }
    if (found.isEmpty()) {
      cells.problem(
          row,
          HubColumn.SETTLEMENT,
          "validation.placeNotFound",
          settlement,
          hromada == null ? "—" : hromada);
    } else {
      cells.problem(row, HubColumn.SETTLEMENT, "validation.placeAmbiguous", found.size());
    }
    return null;
  }

  @Override
  public String keyOf(Hub hub) {
    return hub.code();
  }

  @Override
  public Stored store(Handle handle, Hub hub) {
    Optional<Hub> current =
        hub.code() == null ? Optional.empty() : HubService.findByCode(handle, hub.code());
    if (current.isEmpty()) {
      Hub created = hubs.create(hub, actor, messages);
      return new Stored(created.id(), ImportResult.Status.CREATED);
    }
    Hub stored = current.get();
    // A status left empty keeps the hub's status rather than reopening a closed hub.
    HubStatus status = hub.status() == null ? stored.status() : hub.status();
    Hub edited =
        Hub.sent(
            stored.id(),
            hub.code(),
            hub.name(),
            hub.institutionType(),
            hub.settlementCode(),
            hub.address(),
            hub.openedOn(),
            status,
            null,
            stored.version());
    if (sameContent(stored, edited)) {
      return new Stored(stored.id(), ImportResult.Status.UNCHANGED);
    }
    hubs.update(stored.id(), edited, actor, messages);
    return new Stored(stored.id(), ImportResult.Status.UPDATED);
  }

  @Override
  public HubColumn column(String field) {
    return switch (field) {
      case "name" -> HubColumn.NAME;
      case "institutionType" -> HubColumn.INSTITUTION_TYPE;
      case "settlementCode" -> HubColumn.SETTLEMENT_CODE;
      case "address" -> HubColumn.ADDRESS;
      case "openedOn" -> HubColumn.OPENED_ON;
      case "status" -> HubColumn.STATUS;
      default -> HubColumn.CODE;
    };
  }

  private static boolean sameContent(Hub a, Hub b) {
    return Objects.equals(a.name(), b.name())
        && a.institutionType() == b.institutionType()
        && Objects.equals(a.settlementCode(), b.settlementCode())
        && Objects.equals(a.address(), b.address())
        && Objects.equals(a.openedOn(), b.openedOn())
        && a.status() == b.status();
  }
}
