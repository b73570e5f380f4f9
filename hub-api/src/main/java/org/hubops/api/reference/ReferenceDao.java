package org.hubops.api.reference;

import java.util.List;
import java.util.Set;
import org.hubops.model.rest.Oblast;
import org.hubops.model.rest.Topic;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The seeded vocabularies: oblasts and topics. */
public interface ReferenceDao {

  @SqlQuery("select code, name_uk, name_en from oblast order by code")
  @RegisterConstructorMapper(Oblast.class)
  List<Oblast> oblasts();

  @SqlQuery("select code, area, name_uk, name_en from topic order by area, code")
  @RegisterConstructorMapper(Topic.class)
  List<Topic> topics();

  @SqlQuery("select count(*) from oblast where code = :code")
  boolean oblastExists(String code);

  @SqlQuery("select code from topic where code in (<codes>)")
  Set<String> knownTopics(@BindList("codes") List<String> codes);
}
