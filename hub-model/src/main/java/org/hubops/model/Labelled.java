package org.hubops.model;

/** A closed vocabulary value that people see: it has a label in each {@link Language}. */
public interface Labelled {

  String labelUk();

  String labelEn();

  default String label(Language language) {
    return language == Language.EN ? labelEn() : labelUk();
  }
}
