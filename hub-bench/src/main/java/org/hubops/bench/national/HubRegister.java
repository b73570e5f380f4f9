package org.hubops.bench.national;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hubops.model.HubStatus;
import org.hubops.model.InstitutionType;
import org.hubops.model.SettlementType;

/**
 * The national register of generated hubs, skewed as the real network is: a few busy city hubs,
 * many quiet village ones, some silent for a quarter, a few suspended or closed part-way through
 * the year. Sessions are shared out so the year adds up to {@link #SESSIONS_PER_HUB} per hub on
 * average.
 */
final class HubRegister {

  /** 6,000 hubs and 1.2 million sessions a year: the network at scale 1. */
  static final int HUBS_AT_SCALE_1 = 6_000;

  static final int SESSIONS_PER_HUB = 200;

  /** Registered participants per session of a hub: most attendees are counted, not registered. */
  private static final double PARTICIPANTS_PER_SESSION = 0.5;

  private static final double SILENT_QUARTER = 0.06;

  private static final SettlementType[] SETTLEMENTS = SettlementType.values();

  /** Shares of CITY, TOWN and VILLAGE hubs: most hub libraries are village libraries. */
  private static final int[] SETTLEMENT_SHARES = {15, 20, 65};

  /** Busyness of a typical CITY, TOWN and VILLAGE hub, relative to each other. */
  private static final double[] SETTLEMENT_ACTIVITY = {4.0, 1.8, 0.9};

  private static final InstitutionType[] INSTITUTIONS = InstitutionType.values();
  private static final int[] INSTITUTION_SHARES = {70, 12, 8, 7, 3};

  private HubRegister() {}

  static List<NationalHub> generate(long seed, double scale, int year) {
    Settlements settlements = Settlements.read();
    int count = Math.max(1, (int) Math.round(HUBS_AT_SCALE_1 * scale));
    Oblasts[] oblasts = Oblasts.values();
    int[] numberInOblast = new int[oblasts.length];
    List<Sketch> sketches = new ArrayList<>(count);
    double totalActivity = 0;
    for (int i = 0; i < count; i++) {
      Draw draw = Draw.of(seed, i, 0);
      Oblasts oblast = oblasts[draw.weighted(Oblasts.SHARES)];
      int number = ++numberInOblast[oblast.ordinal()];
      int settlement = oblast == Oblasts.KYIV_CITY ? 0 : draw.weighted(SETTLEMENT_SHARES);
      double activity = SETTLEMENT_ACTIVITY[settlement] * Math.exp(0.6 * draw.gaussian());
      HubStatus status = draw.of(HubStatus.values(), 96, 3, 1);
      int silent = 0;
      for (int quarter = 0; quarter < 4; quarter++) {
        if (draw.chance(SILENT_QUARTER)) {
          silent |= 1 << quarter;
        }
      }
      if (status != HubStatus.ACTIVE) {
        // Stopped logging from a quarter on, when it was suspended or closed.
        silent |= 0b1111 & (0b1111 << draw.between(1, 3));
      }
      int activeQuarters = 4 - Integer.bitCount(silent);
      totalActivity += activity * activeQuarters / 4;
      sketches.add(
          new Sketch(draw, oblast, number, SETTLEMENTS[settlement], activity, status, silent));
    }
    double sessionsPerActivity = (double) count * SESSIONS_PER_HUB / totalActivity;
    List<NationalHub> hubs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      hubs.add(sketches.get(i).hub(i, sessionsPerActivity, year, settlements));
    }
    return hubs;
  }

  /** A hub drawn but not yet given its share of the year's sessions. */
  private record Sketch(
      Draw draw,
      Oblasts oblast,
      int number,
      SettlementType settlementType,
      double activity,
      HubStatus status,
      int silentQuarters) {

    NationalHub hub(int index, double sessionsPerActivity, int year, Settlements settlements) {
      int activeQuarters = 4 - Integer.bitCount(silentQuarters);
      int sessions = (int) Math.round(activity * activeQuarters / 4 * sessionsPerActivity);
      InstitutionType institution = draw.of(INSTITUTIONS, INSTITUTION_SHARES);
      Settlements.Place place =
          settlements.pick(oblast.code, settlementType, draw.below(Integer.MAX_VALUE));
      String settlement =
          switch (settlementType) {
            case CITY -> oblast == Oblasts.KYIV_CITY ? place.name() : "м. " + place.name();
            case TOWN -> "сел. " + place.name();
            case VILLAGE -> "с. " + place.name();
          };
      return new NationalHub(
          index,
          draw.uuid(),
          "%s-%04d".formatted(oblast.prefix, number),
          oblast,
          name(institution, number, settlement),
          institution,
          place.code(),
          place.raionCode(),
          place.hromadaCode(),
          place.hromada(),
          place.name(),
          settlementType,
          LocalDate.of(year - 1 - draw.below(4), 1, 1).plusDays(draw.below(365)),
          status,
          silentQuarters,
          sessions,
          (int) Math.round(sessions * PARTICIPANTS_PER_SESSION),
          2 + draw.below(7));
    }

    private static String name(InstitutionType institution, int number, String settlement) {
      String kind =
          switch (institution) {
            case LIBRARY -> "Бібліотека-філія №";
            case ADMIN_SERVICE_CENTRE -> "ЦНАП, віддалене робоче місце №";
            case SCHOOL -> "Ліцей №";
            case COMMUNITY_CENTRE -> "Центр культури і дозвілля №";
            case OTHER -> "Хаб цифрової освіти №";
          };
      return kind + number + ", " + settlement;
    }
  }
}
