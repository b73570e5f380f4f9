package org.hubops.api.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One edition of the codifier (КАТОТТГ) as the Ministry publishes it: {@code ;}-separated UTF-8, a
 * header row, then the codes of levels 1 to 4, the additional level (city districts), the category
 * and the name. A row's own code is the last code it gives.
 */
record Edition(String name, List<PlaceRow> rows) {

  static final Pattern CODE = Pattern.compile("UA[0-9]{17}");

  /** Where a first-level code's two digits are not its ISO 3166-2:UA code. */
  private static final Map<String, String> ISO_EXCEPTIONS =
      Map.of("01", "43", "44", "09", "73", "77", "80", "30", "85", "40");

  private static final Pattern DATED = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

  /** A problem of one line of the file, with its number (from 1, the header being line 1). */
  static final class Malformed extends IOException {
    Malformed(int line, String problem) {
      super("line " + line + ": " + problem);
    }
  }

  static Edition read(String name, InputStream in) throws IOException {
    List<PlaceRow> rows = new ArrayList<>(32_000);
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = reader.readLine();
      if (header == null || !header.replace("\uFEFF", "").contains(";")) {
        throw new Malformed(1, "not a ;-separated codifier file");
      }
      String line;
      int number = 1;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        rows.add(row(number, line.split(";", -1)));
      }
    }
    if (rows.isEmpty()) {
      throw new Malformed(1, "no rows");
    }
    return new Edition(name, List.copyOf(rows));
  }

  /** The edition's date from a file name such as {@code katottg-2025-05-16.csv}. */
  static Optional<String> dateIn(String fileName) {
    Matcher dated = DATED.matcher(fileName);
    return dated.find() ? Optional.of(dated.group(1)) : Optional.empty();
  }

  private static PlaceRow row(int number, String[] cells) throws Malformed {
    if (cells.length < 7) {
      throw new Malformed(number, "expected 7 columns, found " + cells.length);
    }
    String[] codes = new String[5];
    int own = -1;
    for (int level = 0; level < 5; level++) {
      String code = cells[level].strip();
      if (!code.isEmpty()) {
        if (!CODE.matcher(code).matches()) {
          throw new Malformed(number, "not a codifier code: " + code);
        }
        codes[level] = code;
        own = level;
      }
    }
    if (own < 0) {
      throw new Malformed(number, "no code");
    }
    PlaceCategory category =
        PlaceCategory.of(cells[5].strip())
            .orElseThrow(() -> new Malformed(number, "unknown category: " + cells[5]));
    String name = cells[6].strip();
    if (name.isEmpty() || name.length() > 200) {
      throw new Malformed(number, "a name of 1 to 200 characters is needed");
    }
    String code = codes[own];
    // Kyiv's districts repeat the city's code at every level above them: a parent equal to the
    // first-level code is the city itself, not a raion or a hromada.
    String oblast = codes[0];
    return new PlaceRow(
        code,
        category,
        name,
        oblast,
        parent(codes, 1, own, oblast),
        parent(codes, 2, own, oblast),
        parent(codes, 3, own, oblast),
        iso(oblast));
  }

  private static String parent(String[] codes, int level, int own, String oblast) {
    if (level >= own || codes[level] == null || codes[level].equals(oblast)) {
      return null;
    }
    return codes[level];
  }

  static String iso(String firstLevelCode) {
    String digits = firstLevelCode.substring(2, 4);
    return "UA-" + ISO_EXCEPTIONS.getOrDefault(digits, digits);
  }
}
