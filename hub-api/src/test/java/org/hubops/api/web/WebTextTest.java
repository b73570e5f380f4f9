package org.hubops.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hubops.model.Language;
import org.junit.jupiter.api.Test;

/** Every page text exists in both languages, and every key a template asks for exists. */
class WebTextTest {

  private static final Pattern KEY_IN_TEMPLATE =
      Pattern.compile("(?<![A-Za-z])t\\(\"([a-zA-Z0-9_.]+)\"");

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    assertThat(keys("en")).isEqualTo(keys("uk"));
  }

  @Test
  void everyKeyATemplateUsesIsInTheBundle() throws IOException, URISyntaxException {
    URL layout = WebTextTest.class.getResource("layout.ftlh");
    // The layout sits in web/, each feature's templates in its own package beside it.
    Path templates = Path.of(layout.toURI()).getParent().getParent();
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(templates)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".ftlh")).toList()) {
        Matcher m = KEY_IN_TEMPLATE.matcher(Files.readString(file));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).isNotEmpty();
    assertThat(keys("uk")).containsAll(used);
  }

  @Test
  void aTextTakesItsArgumentsAndAMissingKeyShowsItself() {
    WebText uk = WebText.in(Language.UK);

    assertThat(uk.get("sessions.count", 12)).isEqualTo("Усього занять: 12");
    assertThat(WebText.in(Language.EN).get("sessions.count", 12)).isEqualTo("Sessions in all: 12");
    assertThat(uk.get("no.such.key")).isEqualTo("no.such.key");
  }

  @Test
  void aCountOnAPageTakesItsPluralForm() {
    WebText uk = WebText.in(Language.UK);
    WebText en = WebText.in(Language.EN);

    assertThat(uk.get("sessions.people", 1)).isEqualTo("1 особа");
    assertThat(uk.get("sessions.people", 3)).isEqualTo("3 особи");
    assertThat(uk.get("sessions.people", 12)).isEqualTo("12 осіб");
    assertThat(en.get("sessions.people", 1)).isEqualTo("1 person");
    assertThat(en.get("sessions.people", 12)).isEqualTo("12 people");
    assertThat(uk.get("figures.sessions", 43)).isEqualTo("заняття");
    assertThat(uk.get("figures.men", 123)).isEqualTo("чоловіки");
    assertThat(uk.get("figures.men", 125)).isEqualTo("чоловіків");
    assertThat(uk.get("figures.number", 52.0) + " " + uk.get("figures.hours", 52.0))
        .isEqualTo("52 години навчання");
    assertThat(uk.get("figures.number", 1.5) + " " + uk.get("figures.hours", 1.5))
        .isEqualTo("1,5 години навчання");
  }

  private static Set<String> keys(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
            WebTextTest.class.getResourceAsStream("/i18n/web_" + language + ".properties");
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }
}
