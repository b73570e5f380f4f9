package org.hubops.api.places;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hubops.api.platform.Violations;
import org.hubops.model.SettlementType;
import org.hubops.model.rest.Place;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The codifier for the other features: a settlement code checked and turned into the place it
 * names, a settlement found by names, and search. The one owner of the rule of which codes a hub
 * may stand on.
 */
public final class PlaceService {

  public static final int SEARCH_LIMIT = 20;

  /** An example for messages: the village of Tukhlia, Lviv oblast. */
  public static final String EXAMPLE_CODE = "UA46100210130069026";

  private final Jdbi jdbi;

  public PlaceService(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public Optional<Place> find(String code) {
    if (code == null || !Edition.CODE.matcher(code.strip()).matches()) {
      return Optional.empty();
    }
    return jdbi.withExtension(PlaceDao.class, dao -> dao.find(code.strip()))
        .map(PlaceService::place);
  }

  /**
   * The settlement {@code code} names, on the caller's handle, or a problem added on {@code field}:
   * the code is malformed, unknown, retired (unless {@code kept}, the hub's current code, which
   * stays usable for it), or names a unit that is not a settlement (a raion, a hromada).
   */
  public static Optional<Place> settlement(
      Handle handle, String field, String code, String kept, Violations violations) {
    if (!violations.required(field, code)) {
      return Optional.empty();
    }
    String wanted = code.strip().toUpperCase(Locale.ROOT);
    if (!Edition.CODE.matcher(wanted).matches()) {
      violations.add(field, "validation.pattern", EXAMPLE_CODE);
      return Optional.empty();
    }
    Optional<PlaceDao.Found> found = handle.attach(PlaceDao.class).find(wanted);
    if (found.isEmpty()) {
      violations.add(field, "validation.placeUnknown", wanted);
      return Optional.empty();
    }
    PlaceDao.Found place = found.get();
    if (PlaceCategory.valueOf(place.category()).settlementType().isEmpty()) {
      violations.add(field, "validation.placeNotSettlement", wanted, place.name());
      return Optional.empty();
    }
    if (place.retired() && !wanted.equals(kept)) {
      violations.add(field, "validation.placeRetired", wanted, place.name());
      return Optional.empty();
    }
    return Optional.of(place(place));
  }

  /**
   * The settlements named {@code settlement} in {@code isoOblast} whose hromada is {@code hromada}
   * (written as people write it: "Славська селищна громада"): one when the names decide, none or
   * several when they do not.
   */
  public static List<Place> named(
      Handle handle, String isoOblast, String hromada, String settlement) {
    String hromadaKey = HromadaName.key(hromada);
    return handle.attach(PlaceDao.class).named(SearchKey.of(settlement), isoOblast).stream()
        .filter(
            p ->
                hromadaKey.isEmpty()
                    || "K".equals(p.category())
                    || HromadaName.key(p.hromada()).equals(hromadaKey))
        .map(PlaceService::place)
        .toList();
  }

  HubsToFix hubsToFix() {
    return jdbi.withHandle(HubsToFix::read);
  }

  /** The name of every raion, current or retired, by its code: for reports by raion. */
  public static Map<String, String> raionNames(Handle handle) {
    return names(handle, PlaceCategory.P);
  }

  /** The name of every hromada, current or retired, by its code: for reports by hromada. */
  public static Map<String, String> hromadaNames(Handle handle) {
    return names(handle, PlaceCategory.H);
  }

  private static Map<String, String> names(Handle handle, PlaceCategory category) {
    Map<String, String> names = new HashMap<>();
    handle
        .createQuery("select code, name from place where category = :category")
        .bind("category", category.name())
        .map((r, ctx) -> names.put(r.getString(1), r.getString(2)))
        .forEach(ignored -> {});
    return names;
  }

  /** {@link #named(Handle, String, String, String)} on a handle of its own. */
  public List<Place> named(String isoOblast, String hromada, String settlement) {
    return jdbi.withHandle(h -> named(h, isoOblast, hromada, settlement));
  }

  /** Current settlements whose name begins with {@code query}, at most {@link #SEARCH_LIMIT}. */
  public List<Place> search(String query, String isoOblast) {
    // LIKE's wildcards are no letters of a name: dropped, so they match only themselves.
    String key = SearchKey.of(query).replace("\\", "").replace("%", "").replace("_", "");
    if (key.isEmpty()) {
      return List.of();
    }
    String prefix = key + "%";
    int letters = Math.min(3, key.length());
    String column = "key" + letters;
    String start = SearchKey.prefix(key, letters);
    String oblast =
        isoOblast == null || isoOblast.isBlank()
            ? null
            : isoOblast.strip().toUpperCase(Locale.ROOT);
    return jdbi.withExtension(
        PlaceDao.class,
        dao ->
            (oblast == null
                    ? dao.search(column, start, key, prefix, SEARCH_LIMIT)
                    : dao.searchIn(column, start, key, prefix, oblast, SEARCH_LIMIT))
                .stream().map(PlaceService::place).toList());
  }

  static Place place(PlaceDao.Found found) {
    PlaceCategory category = PlaceCategory.valueOf(found.category());
    SettlementType type = category.settlementType().orElse(null);
    // A city district is in its city (Kyiv's districts: in the city with special status).
    String city = found.city() != null ? found.city() : found.oblastName();
    String settlement =
        category == PlaceCategory.B ? city + " (" + found.name() + ")" : found.name();
    String hromada =
        found.hromada() != null
            ? found.hromada()
            : category == PlaceCategory.K || category == PlaceCategory.B ? city : null;
    return new Place(
        found.code(),
        found.category(),
        found.name(),
        type == null ? null : settlement,
        type,
        found.isoOblast(),
        found.oblastName(),
        found.raionCode(),
        found.raion(),
        found.hromadaCode(),
        hromada,
        found.retired());
  }
}
