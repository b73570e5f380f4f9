package org.hubops.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.apache.tomcat.jdbc.pool.PoolExhaustedException;
import org.hubops.model.rest.Problem;
import org.jdbi.v3.core.ConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Failures that are the moment's, not a bug, get their own status, wherever JDBI buries them. */
class UnexpectedErrorMapperTest {

  private final UnexpectedErrorMapper mapper = new UnexpectedErrorMapper();

  @ParameterizedTest(name = "SQLState {0} -> {1}")
  @CsvSource({
    "40001, 409", // serialization failure; H2's deadlock
    "40P01, 409", // PostgreSQL deadlock
    "55P03, 409", // PostgreSQL lock not available
    "90131, 409", // H2 concurrent update
    "08001, 503", // cannot connect
    "08006, 503", // connection lost
    "57P01, 503", // PostgreSQL shutting down
    "57P03, 503", // PostgreSQL starting up
    "42P01, 500", // a missing table is a bug
  })
  void databaseFailuresAreToldApartBySqlState(String state, int status) {
    Exception buried = new ConnectionException(new SQLException("boom", state));

    Response response = mapper.toResponse(buried);

    assertThat(response.getStatus()).isEqualTo(status);
    assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
    assertThat(((Problem) response.getEntity()).detail()).doesNotContain("boom");
  }

  @Test
  void aPoolWithNoConnectionFreeSaysTheServiceIsBusyNotThatTheDatabaseIsAway() {
    Response response =
        mapper.toResponse(
            new ConnectionException(new PoolExhaustedException("Timeout: Pool empty.")));

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeaderString("Retry-After")).isEqualTo("1");
    assertThat(((Problem) response.getEntity()).title()).isEqualTo("Service busy");
    assertThat(((Problem) response.getEntity()).detail())
        .contains("busy")
        .doesNotContain("database");
  }

  @Test
  void aRealOutageKeepsItsOwnMessage() {
    Response response =
        mapper.toResponse(new ConnectionException(new SQLException("refused", "08001")));

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
    assertThat(((Problem) response.getEntity()).detail()).contains("database cannot be reached");
  }

  @ParameterizedTest(name = "H2 lock timeout -> 409")
  @CsvSource("HYT00, 50200")
  void h2LockTimeoutIsAConflict(String state, int code) {
    Response response = mapper.toResponse(new SQLException("lock", state, code));

    assertThat(response.getStatus()).isEqualTo(409);
  }

  @ParameterizedTest(name = "body over {0} bytes -> 413")
  @CsvSource("1048576")
  void bodyOverItsLimitInsideAReadFailureIsTooLarge(long max) {
    Response response =
        mapper.toResponse(new ProcessingException("read failed", new BodyTooLarge(max, false)));

    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(((Problem) response.getEntity()).detail()).contains("1 MiB");
  }
}
