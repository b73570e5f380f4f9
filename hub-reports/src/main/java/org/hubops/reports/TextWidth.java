package org.hubops.reports;

/**
 * How wide text prints, in units of column width (the width of a digit of Calibri 11). Calibrated
 * on DejaVu Sans, which LibreOffice uses for Calibri where Carlito is not installed and which is
 * wider than both: a column sized for it is wide enough in Excel too. An estimate per character
 * class rather than a font measurement, because a server may have no fonts at all, and a national
 * sheet measures millions of cells.
 */
final class TextWidth {

  /** Points of one unit of column width: 7 px of Calibri 11 at 96 dpi. */
  private static final double POINTS_PER_UNIT = 5.25;

  /** Space kept between a cell's border and its text, both sides together, in units. */
  private static final double PADDING = 1.2;

  private static final double FONT_POINTS = 11;
  private static final double BOLD = 1.1;

  /** Points a wrapped line takes: more than DejaVu Sans needs at 11 pt, as Excel's default row. */
  static final float LINE_POINTS = 15;

  private static final String NARROW = " .,:;'’!|()[]/-iljtfrIЇїІі1";
  private static final String WIDE = "mwMWЖжШшЩщЮюЫыФф@%—";

  private TextWidth() {}

  /** The column width, in units, that shows {@code text} on one line. */
  static double units(String text, boolean bold) {
    if (text == null || text.isEmpty()) {
      return 0;
    }
    double em = 0;
    for (int i = 0; i < text.length(); i++) {
      em += em(text.charAt(i));
    }
    return em * FONT_POINTS * (bold ? BOLD : 1) / POINTS_PER_UNIT + PADDING;
  }

  /** How many lines {@code text} wraps onto in a column {@code width} units wide. */
  static int lines(String text, double width, boolean bold) {
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      lines++;
      double line = 0;
      for (String word : paragraph.split(" ")) {
        double wordWidth = units(word, bold) - PADDING;
        double space = units(" ", bold) - PADDING;
        if (line > 0 && PADDING + line + space + wordWidth > width) {
          lines++;
          line = 0;
        } else if (line > 0) {
          line += space;
        }
        // A word longer than a whole line is broken over as many lines as it needs.
        while (PADDING + wordWidth > width && line == 0 && width > PADDING) {
          lines++;
          wordWidth -= width - PADDING;
        }
        line += wordWidth;
      }
    }
    return lines;
  }

  /** The row height, in points, that shows {@code text} wrapped in a column {@code width} wide. */
  static float wrappedHeight(String text, double width, boolean bold) {
    return lines(text, width, bold) * LINE_POINTS;
  }

  /**
   * {@link #classify} for Latin and Cyrillic, looked up: a national session sheet measures some
   * thirty million characters.
   */
  private static final double[] EM = new double[0x530];

  static {
    for (char c = 0; c < EM.length; c++) {
      EM[c] = classify(c);
    }
  }

  private static double em(char c) {
    return c < EM.length ? EM[c] : classify(c);
  }

  private static double classify(char c) {
    if (NARROW.indexOf(c) >= 0) {
      return 0.36;
    }
    if (WIDE.indexOf(c) >= 0) {
      return 1.05;
    }
    if (Character.isDigit(c)) {
      return 0.64;
    }
    if (Character.isUpperCase(c)) {
      return 0.8;
    }
    return 0.62;
  }
}
