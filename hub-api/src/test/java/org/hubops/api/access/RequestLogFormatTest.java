package org.hubops.api.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The request log of each shipped configuration writes only harmless fields: no query string,
 * header, cookie or body can carry a token, password or personal data into it.
 */
class RequestLogFormatTest {

  /** Client address, ident, method, path without query, status, bytes, time, timestamp. */
  private static final Set<String> HARMLESS = Set.of("h", "l", "m", "U", "s", "b", "D", "t");

  private static final Pattern CONVERSION = Pattern.compile("%([a-zA-Z]+)");

  @ParameterizedTest
  @ValueSource(strings = {"hub-api.yml", "hub-api-postgres.yml"})
  void requestLogWritesNoQueryHeaderCookieOrBody(String file) throws IOException {
    JsonNode config =
        new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "config", file).toFile());
    JsonNode appenders = config.path("server").path("requestLog").path("appenders");

    List<String> words = new ArrayList<>();
    appenders.forEach(
        appender -> {
          assertThat(appender.path("logFormat").isTextual())
              .as("%s sets its request log format instead of the default", file)
              .isTrue();
          Matcher matcher = CONVERSION.matcher(appender.path("logFormat").asText());
          while (matcher.find()) {
            words.add(matcher.group(1));
          }
        });

    assertThat(appenders).isNotEmpty();
    assertThat(words).isNotEmpty().allSatisfy(word -> assertThat(HARMLESS).contains(word));
  }
}
