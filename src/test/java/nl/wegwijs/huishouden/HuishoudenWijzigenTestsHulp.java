package nl.wegwijs.huishouden;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh identifying numbers for tests in the shared database: a BSN passing the elfproef, a V-number. */
public final class HuishoudenWijzigenTestsHulp {

    private HuishoudenWijzigenTestsHulp() {
    }

    public static String bsn() {
        while (true) {
            int[] c = ThreadLocalRandom.current().ints(8, 0, 10).toArray();
            if (c[0] == 0) {
                continue;
            }
            int som = 0;
            for (int i = 0; i < 8; i++) {
                som += (9 - i) * c[i];
            }
            int laatste = som % 11;
            if (laatste < 10) {
                StringBuilder s = new StringBuilder();
                for (int cijfer : c) {
                    s.append(cijfer);
                }
                return s.append(laatste).toString();
            }
        }
    }

    public static String vNummer() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }
}
