package org.hubops.bench.national;

/**
 * The oblasts hubs are generated in, with their hub-code prefix and their share of hubs (roughly
 * their population today). Crimea and Sevastopol have none: they are occupied.
 */
enum Oblasts {
  VINNYTSIA("UA-05", "VN", 15),
  VOLYN("UA-07", "VL", 10),
  LUHANSK("UA-09", "LH", 3),
  DNIPROPETROVSK("UA-12", "DP", 30),
  DONETSK("UA-14", "DN", 6),
  ZHYTOMYR("UA-18", "ZT", 12),
  ZAKARPATTIA("UA-21", "ZK", 12),
  ZAPORIZHZHIA("UA-23", "ZP", 10),
  IVANO_FRANKIVSK("UA-26", "IF", 13),
  KYIV_CITY("UA-30", "KC", 29),
  KYIV("UA-32", "KV", 18),
  KIROVOHRAD("UA-35", "KR", 9),
  LVIV("UA-46", "LV", 25),
  MYKOLAIV("UA-48", "MK", 10),
  ODESA("UA-51", "OD", 23),
  POLTAVA("UA-53", "PL", 14),
  RIVNE("UA-56", "RV", 11),
  SUMY("UA-59", "SM", 10),
  TERNOPIL("UA-61", "TE", 10),
  KHARKIV("UA-63", "KH", 25),
  KHERSON("UA-65", "KS", 4),
  KHMELNYTSKYI("UA-68", "KM", 12),
  CHERKASY("UA-71", "CK", 12),
  CHERNIHIV("UA-74", "CN", 9),
  CHERNIVTSI("UA-77", "CV", 9);

  static final int[] SHARES = shares();

  final String code;
  final String prefix;
  final int share;

  Oblasts(String code, String prefix, int share) {
    this.code = code;
    this.prefix = prefix;
    this.share = share;
  }

  private static int[] shares() {
    Oblasts[] all = values();
    int[] shares = new int[all.length];
    for (int i = 0; i < all.length; i++) {
      shares[i] = all[i].share;
    }
    return shares;
  }
}
