package cn.renda.core;

import java.util.List;

/**
 * Personal data at rest (phone and ID numbers of citizens and deputies): sealed with AES-GCM under the configured
 * key, a keyed digest to find a number without decrypting every row, masks for pages and the API, and the audit of
 * every full view. Implemented in {@code core.privacy}; modules never handle keys themselves.
 */
public interface PersonalData {

    /** The value (as given) sealed under the current key ({@code pd1:<key id>:<base64>}); null for null or blank. */
    String seal(String plain);

    /**
     * The sealed value in plain text, read with the current or any previous key; null for null. A value this
     * installation cannot read (unknown key, tampered) is an error, never silently empty.
     */
    String open(String sealed);

    /**
     * The sealed value in plain text, or empty when this installation cannot open it (a key missing after a
     * restore into a new data directory, a tampered value); logged without the value. Pages use this and fall
     * back to the masked copy rather than fail.
     */
    java.util.Optional<String> tryOpen(String sealed);

    /** Whether the value was sealed under an older key than the current one (and should be sealed again). */
    boolean sealedWithOldKey(String sealed);

    /**
     * The keyed digest of a phone or ID number under the current key, to store beside the sealed value and search
     * by; digits and letters only, so {@code 138 0000-1111} and {@code 13800001111} match. Null for null or blank.
     */
    String digest(String value);

    /** The digests of the value under the current and every previous key: search with {@code digest in (…)}. */
    List<String> digests(String value);

    /**
     * Records that the signed-in user saw a personal value in full (object type and id, and why: {@code purpose}),
     * in the congress's audit log, in a transaction of its own (so a read-only caller can audit too).
     */
    void auditFullView(String objectType, Object objectId, String purpose);

    /** Records a change to personal data made without a signed-in user (a purge), in the current transaction. */
    void auditChange(String action, String objectType, Object objectId, String detail);

    /** A phone as pages show it: 138****5678; short numbers as stars but the last two digits. */
    static String maskPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() >= 11) {
            return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
        }
        if (digits.length() >= 7) {
            return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 2);
        }
        return "*".repeat(Math.max(0, digits.length() - 2)) + digits.substring(Math.max(0, digits.length() - 2));
    }

    /** An ID number as pages show it: the first three and last four characters (420***********1234). */
    static String maskIdNumber(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        String s = id.strip();
        if (s.length() <= 7) {
            return "*".repeat(s.length());
        }
        return s.substring(0, 3) + "*".repeat(s.length() - 7) + s.substring(s.length() - 4);
    }

    /** A name shown as its first character and stars (张**). */
    static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip();
        int first = n.codePointAt(0);
        return new String(Character.toChars(first))
                + "*".repeat(Math.min(3, Math.max(1, n.codePointCount(0, n.length()) - 1)));
    }
}
