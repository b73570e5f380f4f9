package org.hubops.api.reports;

/**
 * The one definition of an active hub: a hub counts as active in a period when it was active on at
 * least one day of it, by its status history (DESIGN.md, the quarterly reporting cycle). Every
 * figure that counts active or expected hubs (the workbook, the JSON dataset, completeness of the
 * reporting cycle) joins this condition on a hub aliased {@code h}, with the period bound as {@code
 * :scope.from} and {@code :scope.to} (a {@link ReportScope}).
 */
public final class ActiveHubs {

  /**
   * Opened by the period's end, and either active on its first day (by the last change before it; a
   * hub with no history, as the national generator writes, by its present status) or made active on
   * a later day of it.
   */
  public static final String IN_PERIOD =
      """
      (h.opened_on <= :scope.to
       and (coalesce((select c.status from hub_status_change c
                      where c.hub_id = h.id and c.since <= :scope.from
                      order by c.since desc, c.recorded_at desc
                      fetch first 1 row only), h.status) = 'ACTIVE'
            or exists (select 1 from hub_status_change c
                       where c.hub_id = h.id and c.status = 'ACTIVE'
                         and c.since > :scope.from and c.since <= :scope.to)))
      """;

  private ActiveHubs() {}
}
