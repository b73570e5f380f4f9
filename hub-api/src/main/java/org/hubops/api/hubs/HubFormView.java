package org.hubops.api.hubs;

import java.util.ArrayList;
import java.util.List;
import org.hubops.api.web.FormData;
import org.hubops.api.web.FormErrors;
import org.hubops.api.web.Option;
import org.hubops.api.web.PageView;
import org.hubops.api.web.Paths;
import org.hubops.api.web.Visitor;
import org.hubops.api.web.WebText;
import org.hubops.model.HubStatus;
import org.hubops.model.InstitutionType;
import org.hubops.model.SettlementType;
import org.hubops.model.rest.Place;

/**
 * Registering or changing a hub. Its settlement is a choice among the codifier's settlements whose
 * name begins with the letters searched for: the search button answers without JavaScript, and the
 * page's script fills the same list while a name is typed.
 */
public final class HubFormView extends PageView {

  private final boolean editing;
  private final List<Option> places;

  HubFormView(
      Visitor visitor, FormData form, FormErrors errors, boolean editing, List<Place> found) {
    super(
        "hub-form.ftlh",
        visitor,
        visitor.text().get(editing ? "hubForm.editTitle" : "hubForm.newTitle"),
        form,
        errors);
    this.editing = editing;
    this.places = choices(found, visitor.text());
  }

  /**
   * Each settlement as staff tell one from another: its name and kind, then its hromada, raion and
   * oblast (there are many villages of one name), and its code.
   */
  static List<Option> choices(List<Place> found, WebText text) {
    return found.stream().map(p -> new Option(p.code(), label(p, text))).toList();
  }

  private static String label(Place p, WebText text) {
    return where(p.settlement(), p.settlementType(), p.hromada(), p.raion(), p.oblastName(), text)
        + " · "
        + p.code();
  }

  /**
   * Where a settlement is, as the form's choices and a hub's page say it: "Верхня Рожанка (Село),
   * Славська громада, Стрийський район, Львівська область"; a null hromada or raion is left out.
   */
  static String where(
      String settlement,
      SettlementType type,
      String hromada,
      String raion,
      String oblast,
      WebText text) {
    List<String> parts = new ArrayList<>();
    parts.add(settlement + " (" + text.label(type) + ")");
    if (hromada != null) {
      parts.add(text.get("hubForm.hromada", hromada));
    }
    if (raion != null) {
      parts.add(text.get("hubForm.raion", raion));
    }
    parts.add(oblast);
    return String.join(", ", parts);
  }

  public List<Option> getPlaces() {
    return places;
  }

  public boolean isSearched() {
    return !getForm().value("place").isBlank();
  }

  public List<Option> getInstitutionTypes() {
    return Option.of(InstitutionType.class, getT());
  }

  public List<Option> getStatuses() {
    return Option.of(HubStatus.class, getT());
  }

  public String getAction() {
    return editing ? Paths.hub(getForm().value("id")) + "/edit" : "/hubs/new";
  }

  public String getCancel() {
    return editing ? Paths.hub(getForm().value("id")) : "/hubs";
  }

  public String getPlacesHref() {
    return "/hubs/places";
  }
}
