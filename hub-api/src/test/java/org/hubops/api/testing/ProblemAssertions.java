package org.hubops.api.testing;

import static org.assertj.core.api.Assertions.assertThat;

/** What every refused request must look like, whatever rule it broke. */
public final class ProblemAssertions {

  private ProblemAssertions() {}

  /** A 4xx problem+json whose {@code errors} name {@code field}. */
  public static void assertProblemNaming(ApiResponse response, String field) {
    assertThat(response.status()).as(response.toString()).isBetween(400, 499);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.errorFields()).as(response.toString()).contains(field);
  }
}
