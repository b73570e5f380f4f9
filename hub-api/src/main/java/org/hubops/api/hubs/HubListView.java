package org.hubops.api.hubs;

import java.util.List;
import java.util.Map;
import org.hubops.api.imports.Imports;
import org.hubops.api.web.FormData;
import org.hubops.api.web.FormErrors;
import org.hubops.api.web.Listed;
import org.hubops.api.web.Option;
import org.hubops.api.web.PageView;
import org.hubops.api.web.Paths;
import org.hubops.api.web.Visitor;
import org.hubops.model.HubStatus;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Oblast;
import org.hubops.model.rest.Page;

/** The hub register with its filters. */
public final class HubListView extends PageView {

  /** One hub of the list. */
  public record Row(
      String href, String code, String name, String oblast, String settlement, String status) {}

  private final List<Option> oblasts;
  private final Listed<Row> found;

  HubListView(Visitor visitor, FormData form, List<Oblast> oblasts, Page<Hub> hubs) {
    super("hubs.ftlh", visitor, visitor.text().get("hubs.title"), form, FormErrors.none());
    this.oblasts =
        oblasts.stream().map(o -> new Option(o.code(), o.name(visitor.language()))).toList();
    Map<String, Oblast> names = HubPages.byCode(oblasts);
    this.found =
        Listed.of(
            hubs,
            hub ->
                new Row(
                    Paths.hub(hub.id()),
                    hub.code(),
                    hub.name(),
                    names.containsKey(hub.oblast())
                        ? names.get(hub.oblast()).name(visitor.language())
                        : hub.oblast(),
                    hub.settlement(),
                    getT().label(hub.status())),
            visitor.path());
  }

  /** The register's upload page, for association staff and admins; empty for coordinators. */
  public String getImportHref() {
    return visitor().keepsRegister() ? Paths.imports(Imports.Kind.HUBS, null) : "";
  }

  /** The form that registers one hub, for those who keep the register. */
  public String getNewHref() {
    return visitor().keepsRegister() ? "/hubs/new" : "";
  }

  public List<Option> getOblasts() {
    return oblasts;
  }

  public List<Option> getStatuses() {
    return Option.of(HubStatus.class, getT());
  }

  public Listed<Row> getFound() {
    return found;
  }
}
