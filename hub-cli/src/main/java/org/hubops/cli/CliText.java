package org.hubops.cli;

import org.hubops.model.Language;
import org.hubops.model.Phrases;

/**
 * What {@code hubops} says, in one language: the patterns of {@code messages_uk} or {@code
 * messages_en}, formatted as every HubOps text is ({@link Phrases}), so plurals follow the
 * language's rules ("1 заняття, 3 заняття, 5 занять") and numbers its conventions. One per run,
 * chosen from {@code --lang} (or {@code HUBOPS_LANG}) before the arguments are parsed, so even an
 * argument error is told in the language asked for.
 */
final class CliText {

  private final Phrases phrases;

  CliText(Language language) {
    this.phrases = Phrases.of("org.hubops.cli.messages", language);
  }

  Language language() {
    return phrases.language();
  }

  /**
   * The message {@code key} with {@code arguments} put in: numbers as the language writes them,
   * anything else (a date, a quarter, a path) as its text, so dates stay ISO ({@code 2026-12-31}).
   */
  String get(String key, Object... arguments) {
    return phrases.get(key, arguments);
  }

  /** {@code bytes} as a person reads a file size. */
  String size(long bytes) {
    if (bytes < 1024 * 1024) {
      return get("size.kb", (bytes + 1023) / 1024);
    }
    return get("size.mb", bytes / (1024.0 * 1024.0));
  }
}
