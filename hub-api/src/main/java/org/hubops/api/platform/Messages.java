package org.hubops.api.platform;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.hubops.model.Language;

/**
 * Texts people read (validation messages, page labels) in each {@link Language}, from {@code
 * i18n/messages_*.properties}. Bundles are read once; lookups are cheap.
 */
public final class Messages {

  private static final Map<Language, ResourceBundle> BUNDLES = new EnumMap<>(Language.class);

  static {
    for (Language language : Language.values()) {
      BUNDLES.put(language, ResourceBundle.getBundle("i18n.messages", language.locale()));
    }
  }

  private final Language language;

  private Messages(Language language) {
    this.language = language;
  }

  public static Messages in(Language language) {
    return new Messages(language);
  }

  public Language language() {
    return language;
  }

  /** The text for {@code key} with {@code args} filled in; the key itself if it is missing. */
  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = BUNDLES.get(language).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(args);
  }
}
