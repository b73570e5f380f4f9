package org.hubops.api.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;
import org.hubops.api.platform.Messages;
import org.hubops.model.Language;

/**
 * How easy a password is to guess, estimated by nbvcxz (a maintained Java estimator in the manner
 * of zxcvbn): common passwords, words and names, keyboard runs, repeats ({@code aaaaaaaaaaaa}),
 * sequences ({@code 123456789012}), dates and leet spellings, each scored by the guesses it takes.
 * A password under nbvcxz's default of 35 bits of entropy is weak. Its lists are English: a
 * Ukrainian word counts as random letters, so a Ukrainian passphrase passes on its length.
 */
final class PasswordStrength {

  /** nbvcxz's word lists, read once: reading them takes about a second. */
  private static final class Lists {
    static final List<Dictionary> DEFAULT = ConfigurationBuilder.getDefaultDictionaries();
  }

  /** What nbvcxz says when a password is built from the account's own words. */
  private static final String EXCLUDED = "feedback.dictionary.warning.passwords.notAllowed";

  private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s._@-]+");

  private PasswordStrength() {}

  /**
   * Why {@code password} is too easy to guess, in {@code language}; empty when it is strong enough.
   *
   * @param accountWords the username and the person's name: a password made of them is weak
   */
  static Optional<String> weakness(String password, List<String> accountWords, Language language) {
    List<Dictionary> dictionaries = new ArrayList<>(Lists.DEFAULT);
    List<String> words = new ArrayList<>();
    for (String text : accountWords) {
      String lower = text.toLowerCase(Locale.ROOT);
      words.add(lower);
      for (String part : WORD_SEPARATORS.split(lower)) {
        if (part.length() >= 3) {
          words.add(part);
        }
      }
    }
    if (!words.isEmpty()) {
      dictionaries.add(
          new DictionaryBuilder()
              .setDictionaryName("account")
              .setExclusion(true)
              .addWords(words, 0)
              .createDictionary());
    }
    Nbvcxz estimator =
        new Nbvcxz(
            new ConfigurationBuilder()
                .setDictionaries(dictionaries)
                .setLocale(language.locale())
                .createConfiguration());
    Result result = estimator.estimate(password);
    if (result.isMinimumEntropyMet()) {
      return Optional.empty();
    }
    Messages messages = Messages.in(language);
    String key = result.getFeedback().getWarningKey();
    if (EXCLUDED.equals(key)) {
      return Optional.of(messages.get("validation.passwordNamesAccount"));
    }
    String warning = result.getFeedback().getWarning();
    return Optional.of(
        warning == null || warning.isBlank()
            ? messages.get("validation.passwordWeakGeneric")
            : warning);
  }
}
