package org.hubops.api.platform;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.hubops.model.Language;

/** The language a request asks for with {@code Accept-Language}; Ukrainian when it asks none. */
public final class RequestLanguage {

  private RequestLanguage() {}

  public static Language of(HttpHeaders headers) {
    if (headers == null) {
      return Language.UK;
    }
    for (Locale locale : headers.getAcceptableLanguages()) {
      String tag = locale.getLanguage();
      if ("en".equals(tag) || "uk".equals(tag)) {
        return Language.fromTag(tag);
      }
    }
    return Language.UK;
  }
}
