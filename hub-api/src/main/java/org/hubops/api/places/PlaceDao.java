package org.hubops.api.places;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The codifier as stored: one unit with the names of the units above it. */
@RegisterConstructorMapper(PlaceDao.Found.class)
interface PlaceDao {

  /** A unit and the names of its city (for a district), hromada, raion and first-level unit. */
  record Found(
      String code,
      String category,
      String name,
      String isoOblast,
      String oblastName,
      String raionCode,
      String raion,
      String hromadaCode,
      String hromada,
      String city,
      boolean retired) {}

  String SELECT =
      """
      select s.code, s.category, s.name, s.iso_oblast, o.name as oblast_name,
             s.raion_code, r.name as raion, s.hromada_code, h.name as hromada, c.name as city,
             s.retired
      from place s
      join place o on o.code = s.oblast_code
      left join place r on r.code = s.raion_code
      left join place h on h.code = s.hromada_code
      left join place c on c.code = s.settlement_code
      """;

  String PAGE_OF_SETTLEMENTS =
      """
      select s.code, s.category, s.name, s.iso_oblast, o.name as oblast_name,
             s.raion_code, r.name as raion, s.hromada_code, h.name as hromada, c.name as city,
             s.retired
      from (select code, search_key from place
      """;

  /** {@code <keyColumn>} is key1, key2 or key3, whichever the query's length allows. */
  String MATCHING =
      """
      <keyColumn> = :start and search_key like :prefix
        and category in ('M', 'X', 'C', 'K', 'B') and not retired
      """;

  String ORDER_AND_JOIN =
      """
            order by case when search_key = :key then 0 else 1 end, search_key, code
            limit :limit) m
      join place s on s.code = m.code
      join place o on o.code = s.oblast_code
      left join place r on r.code = s.raion_code
      left join place h on h.code = s.hromada_code
      left join place c on c.code = s.settlement_code
      order by case when m.search_key = :key then 0 else 1 end, m.search_key, m.code
      """;

  @SqlQuery(SELECT + " where s.code = :code")
  Optional<Found> find(String code);

  /**
   * Current settlements whose name starts with {@code prefix} (a search key), those named exactly
   * so first, then by name; in one oblast when {@code isoOblast} is not null. The page is chosen on
   * the indexed key alone and only its rows are joined: a one-letter prefix matches thousands.
   */
  @SqlQuery(PAGE_OF_SETTLEMENTS + " where " + MATCHING + ORDER_AND_JOIN)
  List<Found> search(@Define String keyColumn, String start, String key, String prefix, int limit);

  @SqlQuery(PAGE_OF_SETTLEMENTS + " where iso_oblast = :isoOblast and " + MATCHING + ORDER_AND_JOIN)
  List<Found> searchIn(
      @Define String keyColumn,
      String start,
      String key,
      String prefix,
      String isoOblast,
      int limit);

  /**
   * Current settlements named exactly {@code key} (a search key) in an oblast, with their hromada's
   * name, for resolving a settlement given by names.
   */
  @SqlQuery(
      SELECT
          + """
          where s.search_key = :key and s.iso_oblast = :isoOblast and not s.retired
            and s.category in ('M', 'X', 'C', 'K')
          order by s.code
          """)
  List<Found> named(String key, String isoOblast);
}
