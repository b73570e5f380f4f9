package org.hubops.api.hubs;

import java.util.List;
import org.hubops.api.imports.Imports;
import org.hubops.api.web.HubPageView;
import org.hubops.api.web.Paths;
import org.hubops.api.web.Quarters;
import org.hubops.api.web.SessionLine;
import org.hubops.api.web.Visitor;
import org.hubops.model.Gender;
import org.hubops.model.HubStatus;
import org.hubops.model.Quarter;
import org.hubops.model.report.Glance;
import org.hubops.model.report.Headcount;
import org.hubops.model.rest.Hub;

/** A hub's start page: this quarter's figures, the latest sessions, and the downloads. */
public final class HubHomeView extends HubPageView {

  private final String oblast;
  private final Quarter quarter;

  /** The quarter's figures as the page shows them: the same as the hub's report of it. */
  public record Figures(
      long sessions, long minutes, long attendances, long women, long men, long idp) {

    static Figures of(Glance.Activity activity) {
      Headcount people = activity.attendances();
      return new Figures(
          activity.sessions(),
          activity.trainingMinutes(),
          people.total(),
          people.count(Gender.FEMALE),
          people.count(Gender.MALE),
          people.idp());
    }
  }

  private final Figures figures;
  private final List<SessionLine> recent;

  HubHomeView(
      Visitor visitor,
      Hub hub,
      String oblast,
      Quarter quarter,
      Glance.Activity figures,
      List<SessionLine> recent,
      String notice) {
    super("hub.ftlh", visitor, hub.name(), hub);
    setNotice(notice);
    this.oblast = oblast;
    this.quarter = quarter;
    this.figures = Figures.of(figures);
    this.recent = recent;
  }

  /**
   * The hub's code and place; its hromada and raion as the codifier has them, once it stands on a
   * settlement code (a hromada typed before codes were used is not shown as the codifier's).
   */
  public String getPlace() {
    Hub hub = hub();
    boolean coded = hub.settlementCode() != null;
    return hub.code()
        + " · "
        + HubFormView.where(
            hub.settlement(),
            hub.settlementType(),
            coded && hub.hromadaCode() != null ? hub.hromada() : null,
            coded ? hub.raion() : null,
            oblast,
            getT());
  }

  /** The status with the day it began, when known: "Призупинено з 2026-08-15". */
  public String getStatus() {
    String status = getT().label(hub().status());
    return hub().statusSince() == null || hub().status() == HubStatus.ACTIVE
        ? status
        : getT().get("hub.statusSince", status, hub().statusSince());
  }

  /** The hub's form, for those who keep the register. */
  public String getEditHref() {
    return visitor().keepsRegister() ? Paths.hub(hub().id()) + "/edit" : "";
  }

  public String getQuarter() {
    return Quarters.name(quarter, getT());
  }

  public Figures getFigures() {
    return figures;
  }

  /**
   * Training hours to one decimal, as donors count them; a number, so that the page writes it and
   * picks the word's form from the same figure ("1,5 години", "52 години", "55 годин").
   */
  public double getHours() {
    return Math.round(figures.minutes() / 6.0) / 10.0;
  }

  public List<SessionLine> getRecent() {
    return recent;
  }

  public String getLogSession() {
    return Paths.newSession(hub().id());
  }

  public String getSessions() {
    return Paths.sessions(hub().id());
  }

  public String getParticipants() {
    return Paths.participants(hub().id());
  }

  public String getEquipment() {
    return Paths.equipment(hub().id());
  }

  public String getReport() {
    return Paths.hubReport(hub().id(), quarter, visitor().language());
  }

  public String getPreviousReport() {
    return Paths.hubReport(hub().id(), quarter.previous(), visitor().language());
  }

  /** The last quarter that ended is the one a hub submits. */
  public String getSubmitHref() {
    return Paths.submit(hub().id(), quarter.previous());
  }

  public String getPreviousQuarter() {
    return Quarters.name(quarter.previous(), getT());
  }

  /** The offline template in the page's language. */
  public String getTemplate() {
    return Paths.hubTemplate(hub().id()) + "?lang=" + visitor().language().tag();
  }

  public String getImportHref() {
    return Paths.imports(Imports.Kind.SESSIONS, hub().id());
  }
}
