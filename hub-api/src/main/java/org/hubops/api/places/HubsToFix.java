package org.hubops.api.places;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * What staff must look at after the codifier came in: hubs with no settlement code (registered
 * before codes, and not matched by name), hubs on a code a newer edition retired, and the hubs the
 * UA-74/UA-77 correction moved to the other oblast, with why.
 */
record HubsToFix(List<Unplaced> withoutCode, List<Unplaced> onRetiredCode, List<Moved> moved) {

  /** A hub as it was typed: enough to find its settlement. */
  record Unplaced(
      String code,
      String name,
      String oblast,
      String hromada,
      String settlement,
      String settlementCode) {}

  record Moved(String code, String fromOblast, String toOblast, String reason, Instant movedAt) {}

  static HubsToFix read(Handle handle) {
    List<Unplaced> withoutCode =
        handle
            .createQuery(
                """
                select code, name, oblast_code, hromada, settlement, settlement_code from hub
                where settlement_code is null order by code
                """)
            .map((r, ctx) -> unplaced(r))
            .list();
    List<Unplaced> retired =
        handle
            .createQuery(
                """
                select h.code, h.name, h.oblast_code, h.hromada, h.settlement, h.settlement_code
                from hub h join place p on p.code = h.settlement_code
                where p.retired order by h.code
                """)
            .map((r, ctx) -> unplaced(r))
            .list();
    List<Moved> moved =
        handle
            .createQuery(
                """
                select hub_code, from_oblast, to_oblast, reason, moved_at from hub_oblast_move
                order by hub_code
                """)
            .map(
                (r, ctx) ->
                    new Moved(
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        r.getString(4),
                        r.getObject(5, java.time.OffsetDateTime.class).toInstant()))
            .list();
    return new HubsToFix(withoutCode, retired, moved);
  }

  private static Unplaced unplaced(java.sql.ResultSet r) throws java.sql.SQLException {
    return new Unplaced(
        r.getString(1),
        r.getString(2),
        r.getString(3),
        r.getString(4),
        r.getString(5),
        r.getString(6));
  }
}
