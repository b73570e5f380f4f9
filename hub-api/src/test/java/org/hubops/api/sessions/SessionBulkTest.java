package org.hubops.api.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hubops.api.audit.AuditLog;
import org.hubops.api.hubs.HubService;
import org.hubops.api.platform.Messages;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.model.Kyiv;
import org.hubops.model.Language;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Session;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Many sessions planned and written at once, on both databases: whole or not at all. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class SessionBulkTest {

  @Parameter TestDatabase database;

  private static final Messages MESSAGES = Messages.in(Language.EN);
  private static final LocalDate DAY = LocalDate.now(Kyiv.ZONE).minusDays(2);

  private Jdbi jdbi;
  private Hub hub;
  private final SessionBulk bulk =
      new SessionBulk(Clock.systemUTC(), new AuditLog(Api.JSON, Clock.systemUTC()));

  @BeforeEach
  void database() {
    jdbi = database.migrated();
    hub =
        new HubService(jdbi, Clock.systemUTC(), Fixtures.audit())
            .create(Fixtures.hub("BK-00001", "UA-46", LocalDate.of(2023, 1, 1)), "test", MESSAGES);
  }

  private static List<Session> sessions(int count) {
    List<Session> sessions = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Session s = Fixtures.session(DAY, 3);
      sessions.add(with(s, UUID.randomUUID(), s.topics()));
    }
    return sessions;
  }

  /** {@code s} with an id of its own (a bulk write takes ids from the caller) and topics. */
  private static Session with(Session s, UUID id, List<String> topics) {
    return new Session(
        id,
        null,
        s.date(),
        s.startTime(),
        s.durationMinutes(),
        s.kind(),
        s.format(),
        s.title(),
        topics,
        s.trainer(),
        null,
        s.equipmentIds(),
        s.attendees(),
        null,
        null,
        null);
  }

  private int stored() {
    return jdbi.withHandle(
        h -> h.createQuery("select count(*) from session").mapTo(Integer.class).one());
  }

  @Test
  void plannedSessionsAreWrittenAndASecondPlanFindsThemUnchanged() {
    List<Session> sessions = sessions(5);
    jdbi.useTransaction(h -> bulk.write(h, bulk.plan(h, hub, sessions, MESSAGES), "test"));

    SessionService.Plan again = jdbi.inTransaction(h -> bulk.plan(h, hub, sessions, MESSAGES));

    assertThat(stored()).isEqualTo(5);
    assertThat(again.outcomes()).containsOnly(SessionService.Outcome.UNCHANGED);
    int attendees =
        jdbi.withHandle(
            h -> h.createQuery("select count(*) from attendee").mapTo(Integer.class).one());
    assertThat(attendees).isEqualTo(15);
  }

  @Test
  void failureHalfWayThroughTheWriteLeavesNothing() {
    List<Session> sessions = sessions(4);
    // The last session's topic passes no check: the database refuses it after the sessions rows
    // and the other sessions' parts are written.
    Session last = sessions.get(3);
    sessions.set(3, with(last, last.id(), List.of("9.9")));

    assertThatThrownBy(
            () ->
                jdbi.useTransaction(
                    h -> {
                      SessionService.Plan plan = bulk.plan(h, hub, sessions, MESSAGES);
                      assertThat(plan.problems()).containsOnlyKeys(3);
                      SessionService.Plan unchecked =
                          new SessionService.Plan(
                              plan.sessions(),
                              plan.outcomes(),
                              Map.of(),
                              plan.versions(),
                              plan.stored(),
                              plan.adopted());
                      bulk.write(h, unchecked, "test");
                    }))
        .isInstanceOf(RuntimeException.class);

    assertThat(stored()).isZero();
  }
}
