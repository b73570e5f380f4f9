package org.hubops.api.participants;

import java.util.List;
import org.hubops.api.web.FormData;
import org.hubops.api.web.FormErrors;
import org.hubops.api.web.HubPageView;
import org.hubops.api.web.Option;
import org.hubops.api.web.Paths;
import org.hubops.api.web.Visitor;
import org.hubops.model.Gender;
import org.hubops.model.rest.Hub;

/** Adding or changing a participant of the register. */
public final class ParticipantFormView extends HubPageView {

  private final boolean editing;

  ParticipantFormView(Visitor visitor, Hub hub, FormData form, FormErrors errors, boolean editing) {
    super(
        "participant-form.ftlh",
        visitor,
        visitor.text().get(editing ? "participant.editTitle" : "participant.newTitle"),
        hub,
        form,
        errors);
    this.editing = editing;
  }

  /** Association staff see the pseudonymous record only, as the API answers them. */
  public boolean isPersonal() {
    return visitor().seesPersonalData(hub().id());
  }

  public String getAction() {
    return editing
        ? Paths.participant(hub().id(), getForm().value("id"))
        : Paths.participants(hub().id());
  }

  /** Only a stored record with a name or phone has something to erase. */
  public boolean isErasable() {
    return editing
        && isPersonal()
        && (!getForm().value("fullName").isEmpty() || !getForm().value("phone").isEmpty());
  }

  public String getErase() {
    return Paths.participant(hub().id(), getForm().value("id")) + "/erase";
  }

  public String getCancel() {
    return Paths.participants(hub().id());
  }

  public List<Option> getGenders() {
    return Option.of(Gender.class, getT());
  }
}
