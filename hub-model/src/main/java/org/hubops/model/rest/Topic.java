package org.hubops.model.rest;

import org.hubops.model.Language;

/**
 * What a session teaches: a DigComp 2.2 competence (areas 1 to 5) or a practical topic (area E).
 *
 * @param code stable code, e.g. {@code 2.2} or {@code E.1}; never changes once used
 */
public record Topic(String code, String area, String nameUk, String nameEn) {

  public String name(Language language) {
    return language == Language.EN ? nameEn : nameUk;
  }
}
