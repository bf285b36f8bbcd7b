package cn.renda.identity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The minimum strength of a password chosen by a person: not one of the most common passwords (a
 * bundled list), not the user name, not a single repeated character or a run of digits, and at least
 * two kinds of characters; a word followed by a year (demo2023) counts as common.
 */
final class PasswordStrength {

    private static final Set<String> COMMON = load();

    private PasswordStrength() {}

    /** The i18n key of the first weakness found, or null when the password is strong enough. */
    static String weakness(String password, String username) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.matches("[a-z]{1,8}(19|20)\\d\\d[!.]?")) {
            return "identity.error.password.common";
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return "identity.error.password.username";
        }
        if (password.chars().distinct().count() < 4 || password.chars().allMatch(Character::isDigit)) {
            return "identity.error.password.simple";
        }
        int kinds = 0;
        kinds += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        kinds += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (kinds < 2) {
            return "identity.error.password.simple";
        }
        return null;
    }

    private static Set<String> load() {
        try (InputStream in = PasswordStrength.class.getResourceAsStream("/identity/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("identity/common-passwords.txt missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
