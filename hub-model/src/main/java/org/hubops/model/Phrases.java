package org.hubops.model;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts people read in one language, from a bundle of ICU MessageFormat patterns: the one way
 * the service's messages, the pages and the CLI put numbers into words, so plurals follow the CLDR
 * rules of the language ("1 заняття, 3 заняття, 5 занять"; "1,5 години") and numbers its
 * conventions. A pattern picks its forms with {@code {0,plural,one{…}few{…}many{…}other{…}}}; a
 * year or a row number that must not be digit-grouped says {@code {0,number,::group-off}}.
 *
 * <p>Bundles are read once per name and language; a bundle never falls back to another language (or
 * to the machine's), so a gap shows as its key rather than as a text in the wrong language.
 */
public final class Phrases {

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final Map<String, Phrases> LOADED = new ConcurrentHashMap<>();

  private final Language language;
  private final ResourceBundle patterns;

  private Phrases(String bundle, Language language) {
    this.language = language;
    this.patterns =
        ResourceBundle.getBundle(bundle, Locale.forLanguageTag(language.tag()), NO_FALLBACK);
  }

  /** The patterns of {@code bundle} (a resource base name such as {@code i18n.web}). */
  public static Phrases of(String bundle, Language language) {
    return LOADED.computeIfAbsent(
        bundle + '_' + language.tag(), key -> new Phrases(bundle, language));
  }

  public Language language() {
    return language;
  }

  /**
   * The text for {@code key} with {@code arguments} put in: numbers as the language writes them,
   * anything else (a date, a quarter, a code) as its own text, so dates stay ISO ({@code
   * 2026-12-31}). The key itself when the bundle lacks it.
   */
  public String get(String key, Object... arguments) {
    String pattern;
    try {
      pattern = patterns.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return format(language, pattern, arguments);
  }

  /**
   * {@code pattern} (ICU MessageFormat) with {@code arguments} put in, for the few texts that live
   * beside their code rather than in a bundle (the workbook's definitions).
   */
  public static String format(Language language, String pattern, Object... arguments) {
    Object[] values = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      Object argument = arguments[i];
      values[i] =
          argument instanceof Number || argument == null ? argument : String.valueOf(argument);
    }
    return new MessageFormat(pattern, ULocale.forLanguageTag(language.tag())).format(values);
  }
}
