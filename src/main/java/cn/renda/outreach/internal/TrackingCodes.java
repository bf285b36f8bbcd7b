package cn.renda.outreach.internal;

import java.security.SecureRandom;

/**
 * Tracking codes: 12 random digits in groups of four (3827-1940-5521), easy to read out and to type on a phone's
 * number pad; 10^12 codes against at most 20 guesses a minute per address.
 */
final class TrackingCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {}

    static String next() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                b.append('-');
            }
            b.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return b.toString();
    }

    /** A code as typed (spaces, no dashes, full-width digits) in its stored form. */
    static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder digits = new StringBuilder();
        typed.codePoints()
                .filter(Character::isDigit)
                .limit(20)
                .forEach(c -> digits.append(Character.getNumericValue(c)));
        if (digits.length() != 12) {
            return digits.toString();
        }
        return digits.substring(0, 4) + "-" + digits.substring(4, 8) + "-" + digits.substring(8);
    }
}
