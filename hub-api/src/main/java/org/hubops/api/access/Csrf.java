package org.hubops.api.access;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The CSRF token of a login session: an HMAC keyed with the session id, so it needs no storage and
 * no server key, yet cannot be made without the HttpOnly cookie that a forging site cannot read.
 * Pages put it in a hidden {@code csrf} form field; scripts send it as {@code X-CSRF-Token}.
 */
public final class Csrf {

  public static final String HEADER = "X-CSRF-Token";
  public static final String FORM_FIELD = "csrf";

  private Csrf() {}

  public static String tokenFor(String sessionId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(sessionId.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] token = mac.doFinal("hubops-csrf".getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
    }
  }

  /** Compared in constant time, so the answer's timing tells nothing about the token. */
  public static boolean matches(String sessionId, String presented) {
    if (presented == null) {
      return false;
    }
    return MessageDigest.isEqual(
        tokenFor(sessionId).getBytes(StandardCharsets.UTF_8),
        presented.getBytes(StandardCharsets.UTF_8));
  }
}
