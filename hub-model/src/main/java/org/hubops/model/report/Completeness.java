package org.hubops.model.report;

import java.time.LocalDate;
import java.util.List;
import org.hubops.model.Quarter;

/**
 * Who has reported a quarter ({@code GET /reports/completeness}), for the scope and per oblast.
 * {@code expected} = {@code submitted} + {@code returned} + {@code missing}; a nil report counts as
 * submitted and as nil; {@code onTime} + {@code late} = {@code submitted}.
 *
 * @param oblastCode the oblast the answer is limited to, or {@code null} for the country
 * @param deadline the last day a submission counts as on time
 * @param oblasts the same counts per oblast
 * @param raions the same counts per raion of each oblast, from the hubs' settlement codes; the
 *     raions of an oblast add up to it (hubs with no raion form one row with a null raion code)
 * @param missingHubs the expected hubs with no submission, with whom to contact
 */
public record Completeness(
    Quarter quarter,
    String oblastCode,
    LocalDate deadline,
    int expected,
    int submitted,
    int onTime,
    int late,
    int nil,
    int returned,
    int missing,
    List<OblastCompleteness> oblasts,
    List<RaionCompleteness> raions,
    List<MissingHub> missingHubs) {

  public Completeness {
    oblasts = oblasts == null ? List.of() : List.copyOf(oblasts);
    raions = raions == null ? List.of() : List.copyOf(raions);
    missingHubs = missingHubs == null ? List.of() : List.copyOf(missingHubs);
  }

  /** The same answer without the coordinators' names: for reports that leave the association. */
  public Completeness withoutContacts() {
    return new Completeness(
        quarter,
        oblastCode,
        deadline,
        expected,
        submitted,
        onTime,
        late,
        nil,
        returned,
        missing,
        oblasts,
        raions,
        missingHubs.stream()
            .map(
                h ->
                    new MissingHub(
                        h.hubCode(), h.hubName(), h.oblast(), List.of(), h.lastSession()))
            .toList());
  }

  /** The same counts for one oblast. */
  public record OblastCompleteness(
      String oblast,
      int expected,
      int submitted,
      int onTime,
      int late,
      int nil,
      int returned,
      int missing) {}

  /**
   * The same counts for one raion of an oblast.
   *
   * @param raionCode КАТОТТГ code of the raion; null for the oblast's hubs that have none
   * @param raion the raion's name; null with {@code raionCode}
   */
  public record RaionCompleteness(
      String oblast,
      String raionCode,
      String raion,
      int expected,
      int submitted,
      int onTime,
      int late,
      int nil,
      int returned,
      int missing) {}

  /**
   * An expected hub that has not submitted.
   *
   * @param coordinators display names (or usernames) of the hub's active coordinators
   * @param lastSession the date of its last session of any quarter, or {@code null} if none
   */
  public record MissingHub(
      String hubCode,
      String hubName,
      String oblast,
      List<String> coordinators,
      LocalDate lastSession) {

    public MissingHub {
      coordinators = coordinators == null ? List.of() : List.copyOf(coordinators);
    }
  }
}
