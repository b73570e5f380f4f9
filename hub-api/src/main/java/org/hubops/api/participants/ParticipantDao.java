package org.hubops.api.participants;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hubops.model.rest.Participant;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** A hub's participant register. Every read names the hub, so no query can leak another's. */
@RegisterConstructorMapper(Participant.class)
public interface ParticipantDao {

  String COLUMNS =
      """
      id, hub_id, code, full_name, phone, gender, birth_year, idp, disability, veteran,
      consent_given, consent_date, version, created_at, updated_at
      """;

  /** The participants a list shows, which the list and its count both read. */
  String LISTED =
      "from participant where hub_id = :hubId and (:pattern is null or lower(code) like :pattern)";

  @SqlQuery("select " + COLUMNS + " from participant where hub_id = :hubId and id = :id")
  Optional<Participant> find(UUID hubId, UUID id);

  /** Whether the id is taken in any hub: ids are global, so a retried create must not reuse it. */
  @SqlQuery("select count(*) from participant where id = :id")
  boolean exists(UUID id);

  @SqlQuery("select " + COLUMNS + LISTED + " order by code, id limit :limit offset :offset")
  List<Participant> list(UUID hubId, String pattern, int limit, int offset);

  @SqlQuery("select count(*) " + LISTED)
  long count(UUID hubId, String pattern);

  @SqlQuery("select count(*) from participant where hub_id = :hubId and code = :code and id <> :id")
  boolean codeTakenByOther(UUID hubId, String code, UUID id);

  @SqlUpdate(
      """
      insert into participant (id, hub_id, code, full_name, phone, gender, birth_year, idp,
                               disability, veteran, consent_given, consent_date, version,
                               created_at, updated_at, created_by)
      values (:p.id, :p.hubId, :p.code, :p.fullName, :p.phone, :p.gender, :p.birthYear, :p.idp,
              :p.disability, :p.veteran, :p.consentGiven, :p.consentDate, 1, :now, :now, :actor)
      """)
  void insert(@BindMethods("p") Participant participant, Instant now, String actor);

  /** Returns 0 when the version is stale. */
  @SqlUpdate(
      """
      update participant set code = :p.code, full_name = :p.fullName, phone = :p.phone,
                             gender = :p.gender, birth_year = :p.birthYear, idp = :p.idp,
                             disability = :p.disability, veteran = :p.veteran,
                             consent_given = :p.consentGiven, consent_date = :p.consentDate,
                             version = version + 1,
                             updated_at = :now
      where id = :p.id and hub_id = :p.hubId and version = :p.version
      """)
  int update(@BindMethods("p") Participant participant, Instant now);

  /**
   * Removes the name and phone for good, keeping the code and demographics that past figures count;
   * returns 0 when the version is stale.
   */
  @SqlUpdate(
      """
      update participant set full_name = null, phone = null, erased_at = :now,
                             version = version + 1, updated_at = :now
      where id = :id and hub_id = :hubId and version = :version
      """)
  int erase(UUID hubId, UUID id, long version, Instant now);
}
