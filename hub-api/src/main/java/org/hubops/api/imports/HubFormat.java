package org.hubops.api.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hubops.api.hubs.HubDao;
import org.hubops.api.hubs.HubService;
import org.hubops.api.platform.Messages;
import org.hubops.model.HubStatus;
import org.hubops.model.InstitutionType;
import org.hubops.model.SettlementType;
import org.hubops.model.imports.HubColumn;
import org.hubops.model.imports.ImportSheet;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.ImportResult;
import org.hubops.model.rest.Oblast;
import org.jdbi.v3.core.Handle;

/** The hub register, keyed by hub code; an oblast may be given by its code or its name. */
final class HubFormat implements ListFormat<HubColumn, Hub> {

  private final HubService hubs;
  private final String actor;
  private final Messages messages;
  private final Map<String, String> oblasts = new HashMap<>();

  HubFormat(HubService hubs, List<Oblast> oblasts, String actor, Messages messages) {
    this.hubs = hubs;
    this.actor = actor;
    this.messages = messages;
    for (Oblast oblast : oblasts) {
      this.oblasts.put(Choices.normalize(oblast.code()), oblast.code());
      this.oblasts.put(Choices.normalize(oblast.nameUk()), oblast.code());
      this.oblasts.put(Choices.normalize(oblast.nameEn()), oblast.code());
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
    String oblast = cells.text(row, HubColumn.OBLAST);
    String oblastCode = oblast == null ? null : oblasts.get(Choices.normalize(oblast));
    if (oblast != null && oblastCode == null) {
      cells.problem(row, HubColumn.OBLAST, "validation.oblastUnknown", oblast);
    }
    return new Hub(
        null,
        code == null ? null : code.toUpperCase(Locale.ROOT),
        cells.text(row, HubColumn.NAME),
        cells.choice(row, HubColumn.INSTITUTION_TYPE, InstitutionType.class),
        oblastCode,
        cells.text(row, HubColumn.HROMADA),
        cells.text(row, HubColumn.SETTLEMENT),
        cells.choice(row, HubColumn.SETTLEMENT_TYPE, SettlementType.class),
        cells.text(row, HubColumn.ADDRESS),
        cells.date(row, HubColumn.OPENED_ON),
        cells.choice(row, HubColumn.STATUS, HubStatus.class),
        null,
        null,
        null);
  }

  @Override
  public String keyOf(Hub hub) {
    return hub.code();
  }

  @Override
  public Stored store(Handle handle, Hub hub) {
    Optional<Hub> current =
        hub.code() == null ? Optional.empty() : handle.attach(HubDao.class).findByCode(hub.code());
    if (current.isEmpty()) {
      Hub created = hubs.create(hub, actor, messages);
      return new Stored(created.id(), ImportResult.Status.CREATED);
    }
    Hub stored = current.get();
    // A status left empty keeps the hub's status rather than reopening a closed hub.
    HubStatus status = hub.status() == null ? stored.status() : hub.status();
    Hub edited =
        new Hub(
            stored.id(),
            hub.code(),
            hub.name(),
            hub.institutionType(),
            hub.oblast(),
            hub.hromada(),
            hub.settlement(),
            hub.settlementType(),
            hub.address(),
            hub.openedOn(),
            status,
            stored.version(),
            null,
            null);
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
      case "oblast" -> HubColumn.OBLAST;
      case "hromada" -> HubColumn.HROMADA;
      case "settlement" -> HubColumn.SETTLEMENT;
      case "settlementType" -> HubColumn.SETTLEMENT_TYPE;
      case "address" -> HubColumn.ADDRESS;
      case "openedOn" -> HubColumn.OPENED_ON;
      case "status" -> HubColumn.STATUS;
      default -> HubColumn.CODE;
    };
  }

  private static boolean sameContent(Hub a, Hub b) {
    return Objects.equals(a.name(), b.name())
        && a.institutionType() == b.institutionType()
        && Objects.equals(a.oblast(), b.oblast())
        && Objects.equals(a.hromada(), b.hromada())
        && Objects.equals(a.settlement(), b.settlement())
        && a.settlementType() == b.settlementType()
        && Objects.equals(a.address(), b.address())
        && Objects.equals(a.openedOn(), b.openedOn())
        && a.status() == b.status();
  }
}
