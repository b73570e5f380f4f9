package org.hubops.api.sessions;

import java.util.List;
import org.hubops.api.web.HubPageView;
import org.hubops.api.web.Paging;
import org.hubops.api.web.Paths;
import org.hubops.api.web.SessionLine;
import org.hubops.api.web.Visitor;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Page;
import org.hubops.model.rest.Session;

/** A hub's sessions, newest first. */
public final class SessionListView extends HubPageView {

  private final List<SessionLine> lines;
  private final Paging paging;
  private final long total;
  private final String notice;

  SessionListView(Visitor visitor, Hub hub, Page<Session> page, Paging paging, String notice) {
    super("sessions.ftlh", visitor, visitor.text().get("sessions.title"), hub);
    this.lines = page.items().stream().map(s -> SessionLine.of(s, visitor.text())).toList();
    this.paging = paging;
    this.total = page.total();
    this.notice = notice;
  }

  public List<SessionLine> getLines() {
    return lines;
  }

  public Paging getPaging() {
    return paging;
  }

  public long getTotal() {
    return total;
  }

  public String getNotice() {
    return notice;
  }

  public String getLogSession() {
    return Paths.newSession(hub().id());
  }
}
