package org.hubops.api.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hubops.api.access.PageCookies;
import org.hubops.api.access.Secrets;

/**
 * A session form sent after its login had ended, kept in memory for a quarter of an hour so the
 * coordinator finds it filled in again after logging in (issue #16, defect 1): nothing typed is
 * lost to an idle timeout or a logout in another tab.
 *
 * <p>Held server-side only, under a random key in a short-lived HttpOnly cookie, so it comes back
 * to the browser that typed it and to no other; it is never logged or written to disk, is taken
 * once, and the CSRF token it carried is dropped (the new login has its own). Only forms posted
 * from this site are held ({@code Sec-Fetch-Site} or {@code Origin}), so another site cannot plant
 * an entry for a coordinator to save unawares; and nothing is stored without the person pressing
 * Save on the refilled form.
 */
public final class HeldForms {

  public static final String COOKIE = "hubops_held";
  static final int SECONDS = 15 * 60;

  /** The pages whose posts are held: a new session, or an edit of one. */
  private static final Pattern HELD = Pattern.compile("/hubs/[^/]+/sessions(/[0-9a-fA-F-]{36})?");

  private record Held(String path, MultivaluedMap<String, String> fields) {}

  private final Cache<String, Held> held =
      Caffeine.newBuilder()
          .expireAfterWrite(Duration.ofSeconds(SECONDS))
          .maximumSize(2_000)
          .build();
  private final boolean secureCookies;

  public HeldForms(boolean secureCookies) {
    this.secureCookies = secureCookies;
  }

  /** Whether a post to {@code path} is a form worth holding. */
  static boolean holds(String path) {
    return HELD.matcher(path).matches();
  }

  /** The page that shows the form a post to {@code path} came from. */
  static String formPage(String path) {
    return path.endsWith("/sessions") ? path + "/new" : path;
  }

  /** Keeps the form and answers the cookie that fetches it back. */
  NewCookie keep(String path, MultivaluedMap<String, String> fields) {
    fields.remove("csrf");
    String key = Secrets.newToken();
    held.put(key, new Held(path, fields));
    return cookie(key, SECONDS);
  }

  /** Whether this browser has a form waiting (for the notice on the login page). */
  public boolean waiting(PageContext page) {
    Cookie cookie = page.heldForm();
    return cookie != null && held.getIfPresent(cookie.getValue()) != null;
  }

  /**
   * The form this browser posted from the page it asks for again, as it was typed, once; empty when
   * there is none.
   */
  public Optional<FormData> take(PageContext page) {
    Cookie cookie = page.heldForm();
    if (cookie == null || cookie.getValue() == null) {
      return Optional.empty();
    }
    Held found = held.getIfPresent(cookie.getValue());
    if (found == null || !formPage(found.path()).equals(page.rawPath())) {
      return Optional.empty();
    }
    held.invalidate(cookie.getValue());
    return Optional.of(FormData.of(found.fields()));
  }

  NewCookie forget() {
    return cookie("", 0);
  }

  private NewCookie cookie(String value, int maxAge) {
    return PageCookies.of(COOKIE, value, maxAge, secureCookies);
  }
}
