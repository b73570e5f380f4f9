package org.hubops.api.hubs;

import java.util.List;
import org.hubops.api.web.FormData;
import org.hubops.api.web.FormErrors;
import org.hubops.api.web.Option;
import org.hubops.api.web.PageView;
import org.hubops.api.web.Visitor;

/** The settlements matching a search, alone: what the hub form's script puts in its list. */
public final class HubPlacesView extends PageView {

  private final List<Option> places;

  HubPlacesView(Visitor visitor, FormData form, List<Option> places) {
    super("hub-places.ftlh", visitor, "", form, FormErrors.none());
    this.places = places;
  }

  public List<Option> getPlaces() {
    return places;
  }
}
