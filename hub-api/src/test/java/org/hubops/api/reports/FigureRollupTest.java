package org.hubops.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.db.DataSourceFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hubops.api.platform.Migrations;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.AgeBand;
import org.hubops.model.Gender;
import org.hubops.model.Kyiv;
import org.hubops.model.Quarter;
import org.hubops.model.report.Figures;
import org.hubops.model.report.Headcount;
import org.hubops.model.rest.Attendee;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Participant;
import org.hubops.model.rest.Session;
import org.hubops.model.rest.UnlinkedMarks;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The figures kept per hub and month, and per person and quarter, follow every write of the API:
 * after sessions with registered participants are logged, changed (moved to another month, other
 * topics, other people) and deleted, and a participant's sex, age and flags change in the register,
 * each slice of the quarter read from them equals the same slice counted from the sessions, in one
 * snapshot.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class FigureRollupTest {

  @Parameter TestDatabase database;

  @Test
  void keptFiguresEqualThoseCountedFromTheSessionsAfterEveryKindOfWrite() {
    TestService service = TestService.on(database);
    Api api = service.api();
    LocalDate today = LocalDate.now(Kyiv.ZONE);
    Quarter quarter = Quarter.containing(today);
    Hub hub =
        Fixtures.created(
            api.post(
                "/api/v1/hubs",
                Fixtures.hub(Fixtures.newHubCode(), "UA-18", LocalDate.of(2023, 1, 1))),
            Hub.class);
    Participant anna = Fixtures.createParticipant(api, hub, Fixtures.participant("P-1"));
    Participant ivan = Fixtures.createParticipant(api, hub, Fixtures.participant("P-2"));
    LocalDate first = quarter.firstDay();
    Session early = logged(api, hub, withPeople(Fixtures.session(first, 3), anna, ivan));
    Session late = logged(api, hub, withPeople(Fixtures.session(today, 2), anna));
    logged(api, hub, withPeople(Fixtures.session(first.plusDays(1), 4), ivan));
    // A grid session: its marks belong to nobody, and count in the totals only.
    Session grid = logged(api, hub, marked(Fixtures.session(first, 6), new UnlinkedMarks(2, 1, 1)));
    Session regridded = marked(Fixtures.session(first.plusDays(2), 5), new UnlinkedMarks(0, 0, 3));
    ApiResponse moveGrid =
        api.put(
            "/api/v1/hubs/" + hub.id() + "/sessions/" + grid.id(),
            Api.JSON.<ObjectNode>valueToTree(regridded).put("version", grid.version()));
    assertThat(moveGrid.status()).as(moveGrid.toString()).isEqualTo(200);

    // Moved a month on, other topics, one person fewer; then one deleted.
    LocalDate moved = first.plusMonths(1).isAfter(today) ? today : first.plusMonths(1);
    Session edited =
        new Session(
            early.id(),
            hub.id(),
            moved,
            early.startTime(),
            60,
            early.kind(),
            early.format(),
            early.title(),
            List.of("2.2"),
            early.trainer(),
            null,
            List.of(),
            withPeople(Fixtures.session(moved, 2), ivan).attendees(),
            early.version(),
            null,
            null);
    ApiResponse put = api.put("/api/v1/hubs/" + hub.id() + "/sessions/" + early.id(), edited);
    assertThat(put.status()).as(put.toString()).isEqualTo(200);
    ApiResponse deleted =
        api.delete(
            "/api/v1/hubs/" + hub.id() + "/sessions/" + late.id() + "?version=" + late.version());
    assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);

    // The register changes how Ivan is counted: another sex, age and flags.
    Participant older =
        new Participant(
            ivan.id(),
            hub.id(),
            ivan.code(),
            ivan.fullName(),
            ivan.phone(),
            Gender.MALE,
            1940,
            false,
            true,
            true,
            ivan.consentGiven(),
            ivan.consentDate(),
            ivan.version(),
            null,
            null);
    ApiResponse changed = api.put("/api/v1/hubs/" + hub.id() + "/participants/" + ivan.id(), older);
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

    for (ReportScope scope :
        List.of(
            ReportScope.of(quarter.firstDay(), quarter.lastDay(), null),
            ReportScope.of(quarter.firstDay(), quarter.lastDay(), "UA-18"),
            ReportScope.ofHub(quarter.firstDay(), quarter.lastDay(), hub.code()))) {
      service
          .jdbi()
          .useTransaction(
              TransactionIsolationLevel.REPEATABLE_READ,
              handle -> {
                FigureDao.defineFragments(handle);
                assertThat(ScopeFigures.read(handle, scope).all())
                    .as("kept, " + scope)
                    .isEqualTo(ScopeFigures.read(handle, scope, false).all());
                assertThat(ScopeFigures.readWhole(handle, scope).all())
                    .isEqualTo(ScopeFigures.readWhole(handle, scope, false).all());
              });
    }
    ReportScope ours = ReportScope.ofHub(quarter.firstDay(), quarter.lastDay(), hub.code());
    ScopeFigures figures =
        service.jdbi().inTransaction(h -> ScopeFigures.read(FigureDao.defineFragments(h), ours));
    Figures whole = figures.table(Slice.WHOLE).whole();
    assertThat(whole.sessions()).isEqualTo(3);
    assertThat(whole.uniqueParticipants().total()).isEqualTo(1);
    Headcount people = whole.uniqueParticipants();
    assertThat(people.count(Gender.MALE, AgeBand.AGE_70_PLUS)).isEqualTo(1);
    assertThat(people.veteran()).isEqualTo(1);
    long ownVeterans =
        service
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "select count(*) from attendee a join session s on s.id = a.session_id"
                                + " where s.hub_id = :hub and s.deleted_at is null and a.veteran")
                        .bind("hub", hub.id())
                        .mapTo(Long.class)
                        .one());
    assertThat(whole.attendances().veteran()).isEqualTo(ownVeterans + 3);
  }

  /**
   * A database migrated up to 075 but not 080, as every database was when 075 was new: its figures
   * are counted without the unlinked marks, which 080 then adds as none on both sides.
   */
  @Test
  void aDatabaseMigratedBeforeTheUnlinkedMarksIsCountedAndBroughtUpToDate() {
    TestService own = TestService.start(database);
    Hub hub;
    Quarter quarter = Quarter.containing(LocalDate.now(Kyiv.ZONE));
    try {
      Api api = own.api();
      hub = Fixtures.createHub(api);
      logged(api, hub, Fixtures.session(quarter.firstDay(), 7));
      logged(api, hub, Fixtures.session(quarter.firstDay().plusDays(3), 4));
    } finally {
      own.stop();
    }
    DataSourceFactory factory = own.database();
    Jdbi jdbi = Jdbi.create(factory.getUrl(), factory.getUser(), factory.getPassword());
    jdbi.useHandle(
        h -> {
          for (String table : List.of("session", "figure_hub_month", "figure_topic_month")) {
            for (String column : List.of("u_idp", "u_disability", "u_veteran")) {
              h.execute("alter table " + table + " drop column " + column);
            }
          }
          h.execute("delete from figure_hub_month");
          h.execute(
              "delete from databasechangelog"
                  + " where id in ('075-figure-rollup-fill', '080-unlinked-marks')");
          h.execute("delete from schema_fingerprint");
        });

    Migrations.migrate(factory);

    ReportScope scope = ReportScope.ofHub(quarter.firstDay(), quarter.lastDay(), hub.code());
    jdbi.installPlugin(new SqlObjectPlugin())
        .useTransaction(
            handle -> {
              FigureDao.defineFragments(handle);
              ScopeFigures kept = ScopeFigures.read(handle, scope);
              assertThat(kept.all()).isEqualTo(ScopeFigures.read(handle, scope, false).all());
              assertThat(kept.table(Slice.WHOLE).whole().sessions()).isEqualTo(2);
              assertThat(kept.table(Slice.WHOLE).whole().attendances().total()).isEqualTo(11);
            });
  }

  /** {@code session} with its first attendees linked to {@code people}, in order. */
  private static Session withPeople(Session session, Participant... people) {
    List<Attendee> attendees = new ArrayList<>(session.attendees());
    for (int i = 0; i < people.length; i++) {
      Attendee a = attendees.get(i);
      attendees.set(
          i,
          new Attendee(
              people[i].id(), a.gender(), a.ageBand(), a.idp(), a.disability(), a.veteran()));
    }
    return session.withPeople(attendees, UnlinkedMarks.NONE);
  }

  private static Session marked(Session session, UnlinkedMarks marks) {
    return session.withPeople(session.attendees(), marks);
  }

  private static Session logged(Api api, Hub hub, Session session) {
    return Fixtures.created(
        api.post("/api/v1/hubs/" + hub.id() + "/sessions", session), Session.class);
  }
}
