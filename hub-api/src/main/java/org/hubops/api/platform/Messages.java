package org.hubops.api.platform;

import org.hubops.model.Language;
import org.hubops.model.Phrases;

/**
 * The texts the service's answers give (validation messages, problem details) in each {@link
 * Language}, from {@code i18n/messages_*.properties}, formatted as every text is ({@link Phrases}).
 */
public final class Messages {

  private static final String BUNDLE = "i18n.messages";

  private final Phrases phrases;

  private Messages(Language language) {
    this.phrases = Phrases.of(BUNDLE, language);
  }

  public static Messages in(Language language) {
    return new Messages(language);
  }

  public Language language() {
    return phrases.language();
  }

  /** The text for {@code key} with {@code args} filled in; the key itself if it is missing. */
  public String get(String key, Object... args) {
    return phrases.get(key, args);
  }
}
