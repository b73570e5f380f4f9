package org.hubops.api.places;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.List;
import org.hubops.model.rest.Place;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Loads a newer edition of the codifier over the stored one in one transaction, and brings the
 * names hubs carry up to date with it: a hub on a renamed settlement or hromada shows the new name;
 * a hub on a retired code keeps it, and is listed for staff.
 */
final class PlaceEditions {

  /** A hub whose settlement code the codifier has retired. */
  record RetiredHub(
      String code, String name, String oblast, String settlementCode, String settlement) {}

  record Result(PlaceLoader.Outcome outcome, int hubsRenamed, List<RetiredHub> retiredHubs) {}

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
          return new Result(outcome, renamed, retiredHubs(handle));
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
