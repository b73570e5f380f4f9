package org.hubops.model;

import java.util.Locale;

/** The languages HubOps speaks: Ukrainian first, English for donors and partners. */
public enum Language {
  UK("uk"),
  EN("en");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  /** The BCP 47 tag, as in {@code Accept-Language} and {@code ?lang=}. */
  public String tag() {
    return tag;
  }

  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  /** {@code text} in this language's quotation marks: «лапки», “quotes”. */
  public String quote(String text) {
    return this == EN ? "“" + text + "”" : "«" + text + "»";
  }

  /** Reads a tag such as {@code uk}, {@code en-GB} or {@code EN}; anything else is Ukrainian. */
  public static Language fromTag(String tag) {
    if (tag != null && tag.trim().toLowerCase(Locale.ROOT).startsWith("en")) {
      return EN;
    }
    return UK;
  }
}
