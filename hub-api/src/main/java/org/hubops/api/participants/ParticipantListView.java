package org.hubops.api.participants;

import org.hubops.api.web.FormData;
import org.hubops.api.web.HubPageView;
import org.hubops.api.web.Listed;
import org.hubops.api.web.Paths;
import org.hubops.api.web.Visitor;
import org.hubops.api.web.WebText;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Page;
import org.hubops.model.rest.Participant;

/** A hub's register; names and phones only for eyes that may see them. */
public final class ParticipantListView extends HubPageView {

  /** One participant of the list; {@code name} and {@code phone} empty when withheld. */
  public record Row(
      String href,
      String code,
      String name,
      String phone,
      String gender,
      String birthYear,
      String marks) {}

  private final Listed<Row> found;

  ParticipantListView(
      Visitor visitor, Hub hub, FormData filters, Page<Participant> page, String notice) {
    super("participants.ftlh", visitor, visitor.text().get("participants.title"), hub, filters);
    boolean personal = visitor.seesPersonalData(hub.id());
    this.found = Listed.of(page, p -> row(p, personal, visitor.text()), visitor.path());
    setNotice(notice);
  }

  private static Row row(Participant p, boolean personal, WebText text) {
    StringBuilder marks = new StringBuilder();
    if (p.idp()) {
      marks.append(text.get("session.idp")).append(' ');
    }
    if (p.disability()) {
      marks.append(text.get("session.disability")).append(' ');
    }
    if (p.veteran()) {
      marks.append(text.get("participant.veteranOne"));
    }
    return new Row(
        Paths.participant(p.hubId(), p.id()),
        p.code(),
        personal && p.fullName() != null ? p.fullName() : "",
        personal && p.phone() != null ? p.phone() : "",
        text.label(p.gender()),
        p.birthYear() == null ? "" : p.birthYear().toString(),
        marks.toString().strip());
  }

  public String getAction() {
    return Paths.participants(hub().id());
  }

  public boolean isPersonal() {
    return visitor().seesPersonalData(hub().id());
  }

  public Listed<Row> getFound() {
    return found;
  }

  public String getAdd() {
    return Paths.participants(hub().id()) + "/new";
  }
}
