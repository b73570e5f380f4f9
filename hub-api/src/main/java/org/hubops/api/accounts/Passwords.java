package org.hubops.api.accounts;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hubops.api.platform.Messages;
import org.hubops.api.platform.Violations;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Passwords, hashed with bcrypt from Spring Security's crypto module: salted, slow on purpose, and
 * not ours to get wrong. bcrypt reads at most 72 bytes, so longer passwords are refused rather than
 * silently cut.
 */
final class Passwords {

  static final int MIN_LENGTH = 12;
  static final int MAX_BYTES = 72;

  private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder();

  /**
   * Checked against when the username is unknown, so the answer takes as long as for a known one.
   */
  private static final String DECOY = BCRYPT.encode("decoy password that matches nothing");

  private Passwords() {}

  static String hash(String password) {
    return BCRYPT.encode(password);
  }

  /** Whether {@code password} matches {@code hash}; false for an account without a password. */
  static boolean matches(String password, String hash) {
    if (password == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      BCRYPT.matches("", DECOY);
      return false;
    }
    if (hash == null) {
      BCRYPT.matches(password, DECOY);
      return false;
    }
    return BCRYPT.matches(password, hash);
  }

  /**
   * Records a violation of {@code field} if the password is too short, too long, or too easy to
   * guess ({@link PasswordStrength}); {@code accountWords} (the username, the person's name) make a
   * password that is built from them weak too.
   */
  static void check(
      String field, String password, List<String> accountWords, Violations violations) {
    if (password.length() < MIN_LENGTH) {
      violations.add(field, "validation.passwordTooShort", MIN_LENGTH);
    } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      violations.add(field, "validation.passwordTooLong", MAX_BYTES);
    } else {
      Messages messages = violations.messages();
      PasswordStrength.weakness(password, accountWords, messages.language())
          .ifPresent(why -> violations.add(field, "validation.passwordWeak", why));
    }
  }
}
