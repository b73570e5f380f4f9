package org.hubops.api.platform;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import org.hubops.model.Language;

/** The language a request asks for with {@code Accept-Language}; Ukrainian when it asks none. */
public final class RequestLanguage {

  private RequestLanguage() {}

  /** {@code ?lang=} when given, else the request's {@code Accept-Language}, else Ukrainian. */
  public static Language of(String lang, HttpHeaders headers) {
    return lang == null || lang.isBlank() ? of(headers) : Language.fromTag(lang);
  }

  public static Language of(HttpHeaders headers) {
    return headers == null ? Language.UK : of(headers.getAcceptableLanguages());
  }

  /** The first of {@code acceptable} (most wanted first) that HubOps speaks, else Ukrainian. */
  public static Language of(List<Locale> acceptable) {
    for (Locale locale : acceptable) {
      String tag = locale.getLanguage();
      if ("en".equals(tag) || "uk".equals(tag)) {
        return Language.fromTag(tag);
      }
    }
    return Language.UK;
  }
}
