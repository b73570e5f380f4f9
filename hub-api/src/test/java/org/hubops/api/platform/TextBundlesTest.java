package org.hubops.api.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.hubops.model.Language;
import org.junit.jupiter.api.Test;

/**
 * The service's texts read as the language says them: every pattern is valid ICU MessageFormat,
 * counts take their plural forms instead of dodging them with abbreviations ("6 помил.", "7 дн."),
 * and years are not digit-grouped.
 */
class TextBundlesTest {

  private static final List<String> BUNDLES = List.of("messages", "web");

  /** A number put in and then a short word with a full stop: "{0} ос.", "{0,number} дн.". */
  private static final Pattern ABBREVIATED_COUNT =
      Pattern.compile("\\{\\d[^{}]*}\\s*\\p{L}{1,6}\\.(?!\\p{L})");

  @Test
  void everyPatternIsValidAndNoCountIsAbbreviated() throws IOException {
    for (String bundle : BUNDLES) {
      for (Language language : Language.values()) {
        for (Map.Entry<String, String> text : patterns(bundle, language).entrySet()) {
          String where = bundle + "_" + language.tag() + ": " + text.getKey();
          assertThatCode(() -> new MessageFormat(text.getValue(), ULocale.forLanguageTag("uk")))
              .as(where)
              .doesNotThrowAnyException();
          assertThat(ABBREVIATED_COUNT.matcher(text.getValue()).find())
              .as(where + " = " + text.getValue())
              .isFalse();
        }
      }
    }
  }

  @Test
  void anImportsProblemCountReadsAsTheLanguageSaysIt() {
    Messages uk = Messages.in(Language.UK);
    Messages en = Messages.in(Language.EN);

    assertThat(uk.get("import.summary", 1)).startsWith("У файлі 1 помилка;");
    assertThat(uk.get("import.summary", 3)).startsWith("У файлі 3 помилки;");
    assertThat(uk.get("import.summary", 6)).startsWith("У файлі 6 помилок;");
    assertThat(en.get("import.summary", 1)).startsWith("1 problem in the file");
    assertThat(en.get("import.summary", 6)).startsWith("6 problems in the file");
    assertThat(uk.get("validation.summary", 1)).isEqualTo("Перевірте 1 поле форми");
    assertThat(uk.get("validation.summary", 5)).isEqualTo("Перевірте 5 полів форми");
    assertThat(uk.get("validation.dateTooFarAhead", 7)).contains("за 7 днів від сьогодні");
    assertThat(en.get("validation.summary", 1)).isEqualTo("1 field needs attention");
  }

  @Test
  void aYearInARangeIsNotDigitGrouped() {
    assertThat(Messages.in(Language.UK).get("validation.between", 1900, 2026))
        .isEqualTo("Має бути від 1900 до 2026");
    assertThat(Messages.in(Language.EN).get("validation.between", 0, 500))
        .isEqualTo("Must be from 0 to 500");
  }

  private static Map<String, String> patterns(String bundle, Language language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
            TextBundlesTest.class.getResourceAsStream(
                "/i18n/" + bundle + "_" + language.tag() + ".properties");
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    Map<String, String> patterns = new TreeMap<>();
    properties.stringPropertyNames().forEach(k -> patterns.put(k, properties.getProperty(k)));
    return patterns;
  }
}
