package org.hubops.api.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.AgeBand;
import org.hubops.model.Gender;
import org.hubops.model.Kyiv;
import org.hubops.model.rest.Attendee;
import org.hubops.model.rest.Equipment;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Participant;
import org.hubops.model.rest.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A session may use its own hub's equipment and participants, never another hub's. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class SessionCrossHubTest {

  @Parameter TestDatabase database;

  private static final LocalDate YESTERDAY = LocalDate.now(Kyiv.ZONE).minusDays(1);

  private Api api() {
    return TestService.on(database).api();
  }

  private static String sessions(Hub hub) {
    return "/api/v1/hubs/" + hub.id() + "/sessions";
  }

  /** A session with one attendee linked to {@code participant}, using {@code laptop}. */
  private static ObjectNode sessionUsing(Equipment laptop, Participant participant) {
    Session plain = Fixtures.session(YESTERDAY, 2);
    Attendee linked =
        new Attendee(participant.id(), Gender.FEMALE, AgeBand.AGE_60_69, true, false, false);
    ObjectNode body = Api.JSON.valueToTree(plain);
    body.putArray("equipmentIds").add(laptop.id().toString());
    body.withArray("attendees").insert(0, Api.JSON.valueToTree(linked));
    return body;
  }

  @Test
  void sessionLinksItsOwnHubsEquipmentAndParticipantsAndReadsThemBack() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    Equipment laptop = Fixtures.createEquipment(api, hub, Fixtures.equipment("INV-1"));
    Equipment projector = Fixtures.createEquipment(api, hub, Fixtures.equipment("INV-2"));
    Participant participant = Fixtures.createParticipant(api, hub, Fixtures.participant("P-1"));
    ObjectNode body = sessionUsing(laptop, participant);
    body.withArray("equipmentIds").add(projector.id().toString());

    ApiResponse created = api.post(sessions(hub), body);

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    Session read = api.get(sessions(hub) + "/" + created.as(Session.class).id()).as(Session.class);
    assertThat(read.equipmentIds()).containsExactlyInAnyOrder(laptop.id(), projector.id());
    assertThat(read.attendees()).hasSize(3);
    assertThat(read.attendees().get(0).participantId()).isEqualTo(participant.id());
    assertThat(read.attendees().get(1).participantId()).isNull();
  }

  @Test
  void anotherHubsEquipmentIsRefusedAndNothingIsStored() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    Hub other = Fixtures.createHub(api);
    Equipment theirs = Fixtures.createEquipment(api, other, Fixtures.equipment("INV-1"));
    Participant mine = Fixtures.createParticipant(api, hub, Fixtures.participant("P-1"));

    ApiResponse response = api.post(sessions(hub), sessionUsing(theirs, mine));

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.errorFields()).containsExactly("equipmentIds[0]");
    assertThat(totalSessions(api, hub)).isZero();
  }

  @Test
  void anotherHubsParticipantIsRefusedAndNothingIsStored() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    Hub other = Fixtures.createHub(api);
    Equipment mine = Fixtures.createEquipment(api, hub, Fixtures.equipment("INV-1"));
    Participant theirs = Fixtures.createParticipant(api, other, Fixtures.participant("P-1"));

    ApiResponse response = api.post(sessions(hub), sessionUsing(mine, theirs));

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.errorFields()).containsExactly("attendees[0].participantId");
    assertThat(totalSessions(api, hub)).isZero();
  }

  @Test
  void changingASessionToUseAnotherHubsThingsKeepsItsLinks() {
    Api api = api();
    Hub hub = Fixtures.createHub(api);
    Hub other = Fixtures.createHub(api);
    Equipment laptop = Fixtures.createEquipment(api, hub, Fixtures.equipment("INV-1"));
    Participant participant = Fixtures.createParticipant(api, hub, Fixtures.participant("P-1"));
    Equipment theirLaptop = Fixtures.createEquipment(api, other, Fixtures.equipment("INV-1"));
    Participant theirParticipant =
        Fixtures.createParticipant(api, other, Fixtures.participant("P-1"));
    Session stored = api.post(sessions(hub), sessionUsing(laptop, participant)).as(Session.class);

    ObjectNode edit = sessionUsing(theirLaptop, theirParticipant);
    edit.put("version", stored.version());
    ApiResponse response = api.put(sessions(hub) + "/" + stored.id(), edit);

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.errorFields())
        .containsExactlyInAnyOrder("equipmentIds[0]", "attendees[0].participantId");
    Session read = api.get(sessions(hub) + "/" + stored.id()).as(Session.class);
    assertThat(read.equipmentIds()).isEqualTo(List.of(laptop.id()));
    assertThat(read.attendees().get(0).participantId()).isEqualTo(participant.id());
    assertThat(read.version()).isEqualTo(1L);
  }

  private static long totalSessions(Api api, Hub hub) {
    return api.get(sessions(hub)).json().path("total").asLong();
  }
}
