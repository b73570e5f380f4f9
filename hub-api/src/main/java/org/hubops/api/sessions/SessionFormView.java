package org.hubops.api.sessions;

import java.util.Comparator;
import java.util.List;
import org.hubops.api.web.FormData;
import org.hubops.api.web.FormErrors;
import org.hubops.api.web.HubPageView;
import org.hubops.api.web.Option;
import org.hubops.api.web.Paths;
import org.hubops.api.web.SessionLine;
import org.hubops.api.web.Visitor;
import org.hubops.model.AgeBand;
import org.hubops.model.Gender;
import org.hubops.model.Kyiv;
import org.hubops.model.SessionFormat;
import org.hubops.model.SessionKind;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Session;
import org.hubops.model.rest.Topic;

/**
 * The one form a session is logged with, new or edited. Everything has a default but the time, the
 * topics and the people, so a coordinator types little more than the counts.
 */
public final class SessionFormView extends HubPageView {

  /** A row of the grid: an age band and the names of its cells, one per sex. */
  public record GridRow(String label, List<String> cells) {}

  /** A column head of the grid. */
  public record GridColumn(String label, String heading) {}

  private static final String PRACTICAL = "E";

  private final SessionChoices choices;
  private final boolean editing;
  private final Session stored;

  /**
   * @param stored what is stored now, shown beside the form after a conflicting edit; else null
   */
  SessionFormView(
      Visitor visitor,
      Hub hub,
      SessionChoices choices,
      FormData form,
      FormErrors errors,
      boolean editing,
      Session stored) {
    super(
        "session-form.ftlh",
        visitor,
        visitor.text().get(editing ? "session.editTitle" : "session.newTitle"),
        hub,
        form,
        errors);
    this.choices = choices;
    this.editing = editing;
    this.stored = stored;
  }

  /**
   * Where the browser keeps its draft of this form: per hub, and per session when editing; a new
   * form has one draft slot, so reopening "new" after a reload finds what was typed.
   */
  public String getDraftKey() {
    return hub().id() + "." + (editing ? getForm().value("id") : "new");
  }

  public boolean isEditing() {
    return editing;
  }

  public String getAction() {
    return editing ? Paths.session(hub().id(), getForm().value("id")) : Paths.sessions(hub().id());
  }

  public String getCancel() {
    return Paths.sessions(hub().id());
  }

  /** "Copy last session", for a weekly class; a plain link, so it works without script. */
  public String getCopyLast() {
    return Paths.newSession(hub().id()) + "?copy=last";
  }

  public String getDelete() {
    return Paths.session(hub().id(), getForm().value("id")) + "/delete";
  }

  public List<Option> getKinds() {
    return Option.of(SessionKind.class, getT());
  }

  public List<Option> getFormats() {
    return Option.of(SessionFormat.class, getT());
  }

  /**
   * The practical topics (area E: e-services, banking, basics, fraud) that most sessions teach,
   * shown first; the DigComp competences wait in a closed group, so the keyboard passes 5 boxes,
   * not 25, on its way to the save button.
   */
  public List<Option> getPracticalTopics() {
    return topics(true);
  }

  public List<Option> getOtherTopics() {
    return topics(false);
  }

  /** Open when one of them is ticked, so nothing chosen is hidden. */
  public boolean isOtherTopicsOpen() {
    return getOtherTopics().stream().anyMatch(o -> getForm().checked("topics", o.value()));
  }

  public boolean isRegisterOpen() {
    return !getForm().all("participants").isEmpty();
  }

  private List<Option> topics(boolean practical) {
    return choices.topics().stream()
        .filter(t -> PRACTICAL.equals(t.area()) == practical)
        .sorted(Comparator.comparing(Topic::code))
        .map(t -> new Option(t.code(), t.code() + " " + t.name(visitor().language())))
        .toList();
  }

  public List<Option> getEquipment() {
    return choices.equipment();
  }

  public List<Option> getParticipants() {
    return choices.participants();
  }

  public boolean isMoreParticipants() {
    return choices.moreParticipants();
  }

  public List<GridColumn> getColumns() {
    return List.of(Gender.values()).stream()
        .map(g -> new GridColumn(getT().label(g), getT().get("grid." + g.name())))
        .toList();
  }

  public List<GridRow> getRows() {
    return List.of(AgeBand.values()).stream()
        .map(
            band ->
                new GridRow(
                    getT().label(band),
                    List.of(Gender.values()).stream()
                        .map(g -> AttendeeGrid.cell(g, band))
                        .toList()))
        .toList();
  }

  /** The total under the grid as the page opens; the script keeps it current while typing. */
  public int getTypedTotal() {
    int total = getForm().all("participants").size();
    for (GridRow row : getRows()) {
      for (String cell : row.cells()) {
        total += getForm().whole(cell).filter(n -> n > 0 && n <= AttendeeGrid.MAX_CELL).orElse(0L);
      }
    }
    return total;
  }

  public boolean isConflict() {
    return stored != null;
  }

  /** What is stored now, after a conflicting edit. */
  public SessionLine getStored() {
    return stored == null ? null : SessionLine.of(stored, getT());
  }

  public String getStoredAt() {
    return stored == null || stored.updatedAt() == null
        ? ""
        : SessionLine.DATE.format(stored.updatedAt().atZone(Kyiv.ZONE))
            + " "
            + SessionLine.TIME.format(stored.updatedAt().atZone(Kyiv.ZONE));
  }
}
