package org.hubops.api.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.hubops.api.imports.Imports;
import org.hubops.model.Language;
import org.hubops.model.Quarter;

/**
 * The addresses of the pages, and of the API downloads they link to, in one place: a moved route is
 * one edit here, and templates never build a URL by hand.
 */
public final class Paths {

  public static final String HOME = "/";
  public static final String LOGIN = "/login";
  static final String LOGOUT = "/logout";
  public static final String DASHBOARD = "/dashboard";
  public static final String HUBS = "/hubs";
  public static final String ACCOUNTS = "/accounts";
  static final String SUBMISSIONS = "/submissions";

  private Paths() {}

  public static String hub(Object hubId) {
    return HUBS + "/" + hubId;
  }

  public static String sessions(Object hubId) {
    return hub(hubId) + "/sessions";
  }

  public static String newSession(Object hubId) {
    return sessions(hubId) + "/new";
  }

  public static String session(Object hubId, Object sessionId) {
    return sessions(hubId) + "/" + sessionId;
  }

  public static String participants(Object hubId) {
    return hub(hubId) + "/participants";
  }

  public static String participant(Object hubId, Object id) {
    return participants(hubId) + "/" + id;
  }

  public static String equipment(Object hubId) {
    return hub(hubId) + "/equipment";
  }

  public static String equipmentItem(Object hubId, Object id) {
    return equipment(hubId) + "/" + id;
  }

  /** The upload page of an import: a hub's sessions or equipment, or (hubId null) the register. */
  public static String imports(Imports.Kind kind, Object hubId) {
    return switch (kind) {
      case SESSIONS -> hub(hubId) + "/imports";
      case EQUIPMENT -> equipment(hubId) + "/imports";
      case HUBS -> HUBS + "/imports";
    };
  }

  /** The coordinator's page to submit (or file a nil report for) a hub's quarter. */
  public static String submit(Object hubId, Quarter quarter) {
    return hub(hubId) + "/submit/" + quarter;
  }

  /** The review queue of a quarter's submissions. */
  public static String submissions(Quarter quarter) {
    return SUBMISSIONS + "?quarter=" + quarter;
  }

  /** Where a reviewer's decision on one submission is posted. */
  public static String decision(Object hubId, Quarter quarter, String decision) {
    return SUBMISSIONS + "/" + hubId + "/" + quarter + "/" + decision;
  }

  /** A quarter's lock page. */
  public static String quarter(Quarter quarter) {
    return "/quarters/" + quarter;
  }

  public static String account(String username) {
    return ACCOUNTS + "/" + encode(username);
  }

  public static String dashboard(Quarter quarter) {
    return DASHBOARD + "?quarter=" + quarter;
  }

  /**
   * The hub's workbook for a quarter, from the reports API (the session cookie opens it), in the
   * page's language: the browser's Accept-Language may name another one (issue #16, defect 7).
   */
  public static String hubReport(Object hubId, Quarter quarter, Language language) {
    return "/api/v1/hubs/"
        + hubId
        + "/report?format=xlsx&from="
        + quarter.firstDay()
        + "&to="
        + quarter.lastDay()
        + "&lang="
        + language.tag();
  }

  /** The empty offline template of the hub, from the imports API. */
  public static String hubTemplate(Object hubId) {
    return "/api/v1/hubs/" + hubId + "/template";
  }

  /** The empty equipment list of the hub, every column explained, from the imports API. */
  public static String equipmentTemplate(Object hubId) {
    return "/api/v1/hubs/" + hubId + "/equipment/template";
  }

  /** The empty hub register, every column explained, from the imports API. */
  public static final String HUB_REGISTER_TEMPLATE = "/api/v1/hubs/template";

  /** The national quarterly workbook, from the reports API, in the page's language. */
  public static String quarterlyWorkbook(Quarter quarter, Language language) {
    return "/api/v1/reports/quarterly?format=xlsx&year="
        + quarter.year()
        + "&quarter="
        + quarter.quarter()
        + "&lang="
        + language.tag();
  }

  static String languageSwitch(Language language, String back) {
    return "/lang/" + language.tag() + "?back=" + encode(back);
  }

  /**
   * {@code next} if it is a path of this site, else {@code fallback}: a login link must not be able
   * to send the visitor to another site ({@code //evil.example} or {@code https://...}), and what
   * is not a valid address ({@code /hubs/x y}) cannot be a redirect at all.
   */
  public static String local(String next, String fallback) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.startsWith("/\\")
        || next.chars().anyMatch(c -> c < 0x20)
        || !isAddress(next)) {
      return fallback;
    }
    return next;
  }

  private static boolean isAddress(String path) {
    try {
      URI uri = new URI(path);
      return uri.getScheme() == null && uri.getRawAuthority() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
