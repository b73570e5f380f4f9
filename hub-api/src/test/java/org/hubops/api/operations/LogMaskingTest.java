package org.hubops.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What Jetty and HTTP clients print at DEBUG, with the credentials masked. */
class LogMaskingTest {

  private static final String TOKEN = "hubops_q7Vw2mXk9PzLr4TnB8yHc3JdF6sGa1Ue0oWiKlMnOpQ";
  private static final String SESSION = "Xk9PzLr4TnB8yHc3JdF6sGa1Ue0oWiKl";

  @Test
  void headerValuesAreMaskedToTheEndOfTheLine() {
    String masked =
        LogMasking.mask(
            "GET /api/v1/me HTTP/1.1\nAuthorization: Bearer "
                + TOKEN
                + "\nCookie: hubops_session="
                + SESSION
                + "; lang=uk\nset-cookie: hubops_session="
                + SESSION
                + "; Path=/; HttpOnly\nHost: localhost");

    assertThat(masked)
        .doesNotContain(TOKEN, SESSION, "lang=uk")
        .contains("Authorization: ***", "Cookie: ***", "set-cookie: ***", "Host: localhost");
  }

  @Test
  void tokensAndSessionsAreMaskedWhereverTheyStand() {
    String masked =
        LogMasking.mask(
            "credentials=[bearer "
                + TOKEN
                + ", x=1] token "
                + TOKEN
                + " for hubops_session="
                + SESSION);

    assertThat(masked).doesNotContain(TOKEN, SESSION).contains("x=1");
  }

  @Test
  void rawBuffersAreNotPrinted() {
    String cut = TOKEN.substring(20);
    String masked =
        LogMasking.mask(
            "filled 212 HeapByteBuffer@1f[p=0,l=212,c=8192,r=212]={<<<"
                + cut
                + "\\r\\nHost: x\\r\\n\\r\\n>>>} next");

    assertThat(masked).doesNotContain(cut).contains("<<<***>>>} next");
  }
}
