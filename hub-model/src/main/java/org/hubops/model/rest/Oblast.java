package org.hubops.model.rest;

import org.hubops.model.Language;

/**
 * One of Ukraine's 27 first-level units.
 *
 * @param code ISO 3166-2:UA code, e.g. {@code UA-46}
 */
public record Oblast(String code, String nameUk, String nameEn) {

  public String name(Language language) {
    return language == Language.EN ? nameEn : nameUk;
  }
}
