package cn.renda.outreach.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one place where a citizen's name and phone are handled: pages get masked copies (张*, 138****1234); the
 * full values are kept only sealed with AES-GCM under the configured key, for staff to call back. When a
 * general encryption at rest arrives, it replaces {@link #seal} and {@link #open} here.
 */
@Component
class CitizenContact {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    CitizenContact(@Value("${renda.outreach.contact-key:renda-demo-contact-key}") String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            this.key = new SecretKeySpec(digest, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A name shown as its first character and stars. */
    static String maskName(String name) {
        String n = clean(name);
        if (n == null) {
            return null;
        }
        int first = n.codePointAt(0);
        return new String(Character.toChars(first))
                + "*".repeat(Math.min(3, Math.max(1, n.codePointCount(0, n.length()) - 1)));
    }

    /** A phone shown as 138****1234 (short numbers as stars but the last two digits). */
    static String maskPhone(String phone) {
        String p = clean(phone);
        if (p == null) {
            return null;
        }
        String digits = p.replaceAll("[^0-9]", "");
        if (digits.length() >= 11) {
            return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
        }
        return "*".repeat(Math.max(0, digits.length() - 2)) + digits.substring(Math.max(0, digits.length() - 2));
    }

    /** Name and phone sealed together; null when both are empty. */
    String seal(String name, String phone) {
        String n = clean(name);
        String p = clean(phone);
        if (n == null && p == null) {
            return null;
        }
        String plain = (n == null ? "" : n) + "\n" + (p == null ? "" : p);
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return "v1:" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sealed name and phone ({name, phone}), for staff who call the citizen back. */
    String[] open(String sealed) {
        if (sealed == null || !sealed.startsWith("v1:")) {
            return new String[] {null, null};
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed.substring(3));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
            String plain = new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
            String[] parts = plain.split("\n", 2);
            return new String[] {
                parts[0].isEmpty() ? null : parts[0], parts.length < 2 || parts[1].isEmpty() ? null : parts[1]
            };
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return new String[] {null, null};
        }
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
