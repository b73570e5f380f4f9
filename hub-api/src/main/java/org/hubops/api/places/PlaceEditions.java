package org.hubops.api.places;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hubops.model.SettlementType;
import org.hubops.model.rest.Place;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Loads a newer edition of the codifier over the stored one in one transaction, and brings the
 * names hubs carry up to date with it: a hub on a renamed settlement or hromada shows the new name;
 * a hub on a retired code keeps it, and is listed for staff; a hub on a settlement the edition
 * files under another category (a village made a settlement) takes the settlement type that
 * category gives, and is listed too, since its figures move between rural and urban.
 */
final class PlaceEditions {

  /** A hub whose settlement code the codifier has retired. */
  record RetiredHub(
      String code, String name, String oblast, String settlementCode, String settlement) {}

  /** A hub whose settlement type changed with its settlement's category. */
  record RetypedHub(
      String code,
      String name,
      String settlementCode,
      String settlement,
      SettlementType from,
      SettlementType to) {}

  record Result(
      PlaceLoader.Outcome outcome,
      int hubsRenamed,
      List<RetiredHub> retiredHubs,
      List<RetypedHub> retypedHubs) {}

  private final Jdbi jdbi;

  PlaceEditions(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  Result load(String editionName, InputStream file) throws IOException, SQLException {
    Edition edition = Edition.read(editionName, file);
    return jdbi.inTransaction(
        handle -> {
          PlaceLoader.Outcome outcome = PlaceLoader.load(handle.getConnection(), edition);
          int renamed = refreshNames(handle, outcome.renamedCodes());
          List<RetypedHub> retyped = retype(handle, outcome.recategorisedCodes());
          return new Result(outcome, renamed, retiredHubs(handle), retyped);
        });
  }

  static List<RetiredHub> retiredHubs(Handle handle) {
    return handle
        .createQuery(
            """
            select h.code, h.name, h.oblast_code as oblast, h.settlement_code, h.settlement
            from hub h join place p on p.code = h.settlement_code
            where p.retired
            order by h.code
            """)
        .map(
            (r, ctx) ->
                new RetiredHub(
                    r.getString("code"),
                    r.getString("name"),
                    r.getString("oblast"),
                    r.getString("settlement_code"),
                    r.getString("settlement")))
        .list();
  }

  /**
   * Hubs standing on a settlement the edition re-categorised take the type its new category gives
   * ({@link SettlementType#ofCategory}); those whose type did change are returned, by hub code.
   */
  private static List<RetypedHub> retype(Handle handle, List<String> recategorised) {
    if (recategorised.isEmpty()) {
      return List.of();
    }
    List<RetypedHub> retyped = new ArrayList<>();
    List<Map<String, Object>> hubs =
        handle
            .createQuery(
                """
                select h.id, h.code, h.name, h.settlement_code, h.settlement, h.settlement_type,
                       p.category
                from hub h join place p on p.code = h.settlement_code
                where h.settlement_code in (<codes>)
                order by h.code
                """)
            .bindList("codes", recategorised)
            .mapToMap()
            .list();
    for (Map<String, Object> hub : hubs) {
      SettlementType from = SettlementType.valueOf((String) hub.get("settlement_type"));
      SettlementType to = SettlementType.ofCategory((String) hub.get("category")).orElse(from);
      if (to == from) {
        continue;
      }
      handle
          .createUpdate(
              """
              update hub set settlement_type = :type, version = version + 1, updated_at = :now
              where id = :id
              """)
          .bind("type", to.name())
          .bind("now", OffsetDateTime.now(ZoneOffset.UTC))
          .bind("id", hub.get("id"))
          .execute();
      retyped.add(
          new RetypedHub(
              (String) hub.get("code"),
              (String) hub.get("name"),
              (String) hub.get("settlement_code"),
              (String) hub.get("settlement"),
              from,
              to));
    }
    return retyped;
  }

  /** Hubs standing in (or in a hromada of) a renamed unit take the new names. */
  private static int refreshNames(Handle handle, List<String> renamed) {
    if (renamed.isEmpty()) {
      return 0;
    }
    List<String> hubSettlements =
        handle
            .createQuery(
                """
                select distinct settlement_code from hub
                where settlement_code in (<codes>) or hromada_code in (<codes>)
                """)
            .bindList("codes", renamed)
            .mapTo(String.class)
            .list();
    PlaceDao places = handle.attach(PlaceDao.class);
    int changed = 0;
    for (String code : hubSettlements) {
      Place place = PlaceService.place(places.find(code).orElseThrow());
      changed +=
          handle
              .createUpdate(
                  """
                  update hub set settlement = :settlement, hromada = :hromada,
                                 version = version + 1
                  where settlement_code = :code
                  """)
              .bind("settlement", place.settlement())
              .bind("hromada", place.hromada())
              .bind("code", code)
              .execute();
    }
    return changed;
  }
}
