package org.hubops.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.Fixtures;
import org.hubops.model.Gender;
import org.hubops.model.rest.Participant;
import org.junit.jupiter.api.Test;

/** What a snapshot keeps: the record, less secrets, with personal data masked at any depth. */
class AuditLogTest {

  private final AuditLog audit = new AuditLog(Api.JSON, Clock.systemUTC());

  @Test
  void participantsNameAndPhoneAreMaskedButTheirChangeStaysVisible() {
    Participant participant = Fixtures.participant("P-017");

    String snapshot = audit.snapshot(participant);

    assertThat(snapshot)
        .doesNotContain("Ганна", "Шевчук", "123-45-67")
        .contains("\"fullName\":\"***\"", "\"phone\":\"***\"", "\"code\":\"P-017\"");
  }

  @Test
  void absentPersonalDataStaysNullSoAddingItShowsInTheTrail() {
    Participant anonymous =
        new Participant(
            null,
            null,
            "P-018",
            null,
            null,
            Gender.MALE,
            null,
            false,
            false,
            false,
            false,
            null,
            1L,
            null,
            null);

    assertThat(audit.snapshot(anonymous)).contains("\"fullName\":null", "\"phone\":null");
  }

  @Test
  void secretsAreDroppedEvenDeepInsideARecord() {
    Map<String, Object> nested =
        Map.of(
            "username",
            "olena",
            "password",
            "Бібліотека-2026",
            "tokens",
            List.of(Map.of("id", "t1", "token", "hubops_secret")),
            "people",
            List.of(Map.of("fullName", "Олена Коваль", "passwordHash", "$2a$10$x")));

    String snapshot = audit.snapshot(nested);

    assertThat(snapshot)
        .contains("olena", "t1", "***")
        .doesNotContain("Бібліотека", "hubops_secret", "Олена", "$2a$", "password", "token\"");
  }
}
