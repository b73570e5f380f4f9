package org.hubops.api.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.UUID;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.model.rest.Participant;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A write that fails unexpectedly is logged with its whole cause chain; none of it may carry the
 * participant's name or phone.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class ParticipantPersonalDataTest {

  @Parameter TestDatabase database;

  @Test
  void failedWriteLeavesNoNameOrPhoneInTheErrorText() {
    Jdbi jdbi = database.migrated();
    Participant template = Fixtures.participant("P-1");
    Participant ofNoHub =
        new Participant(
            UUID.randomUUID(),
            UUID.randomUUID(),
            template.code(),
            template.fullName(),
            template.phone(),
            template.gender(),
            template.birthYear(),
            false,
            false,
            false,
            true,
            null,
            1L,
            null,
            null);

    Throwable failure =
        catchThrowable(
            () ->
                jdbi.useExtension(
                    ParticipantDao.class, dao -> dao.insert(ofNoHub, Instant.now(), "anonymous")));

    assertThat(failure).isNotNull();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      assertThat(String.valueOf(cause.getMessage()))
          .doesNotContain(template.fullName())
          .doesNotContain(template.phone());
    }
  }
}
