package cn.renda.outreach.internal;

import java.security.SecureRandom;

/** Tracking codes: 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L), grouped for reading. */
final class TrackingCodes {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {}

    static String next() {
        StringBuilder b = new StringBuilder("MY-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                b.append('-');
            }
            b.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return b.toString();
    }

    /** A code as typed (lower case, spaces) in its stored form. */
    static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        String t = typed.strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '-');
        return t.length() > 20 ? t.substring(0, 20) : t;
    }
}
