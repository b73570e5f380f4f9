package org.hubops.api.participants;

import org.hubops.api.web.HubPageView;
import org.hubops.api.web.Paths;
import org.hubops.api.web.Visitor;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Participant;

/**
 * "Erase this person's name and phone?": names the participant by code only, and says what stays
 * (the code, the demographics, every figure), so a coordinator knows what the button does.
 */
public final class ParticipantEraseView extends HubPageView {

  private final Participant participant;

  ParticipantEraseView(Visitor visitor, Hub hub, Participant participant) {
    super("participant-erase.ftlh", visitor, visitor.text().get("participant.eraseTitle"), hub);
    this.participant = participant;
  }

  public String getCode() {
    return participant.code();
  }

  public boolean isErased() {
    return participant.fullName() == null && participant.phone() == null;
  }

  public String getAction() {
    return Paths.participant(hub().id(), participant.id()) + "/erase";
  }

  public String getCancel() {
    return Paths.participant(hub().id(), participant.id());
  }
}
