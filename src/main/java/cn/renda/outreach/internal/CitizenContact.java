package cn.renda.outreach.internal;

import cn.renda.core.PersonalData;
import org.springframework.stereotype.Component;

/**
 * The one place where a citizen's name and phone are handled: pages get masked copies (张*, 138****1234); the
 * full values are kept only sealed by core's {@link PersonalData} (the installation's personal-data key), opened
 * for the street staff triaging the opinion, audited.
 */
@Component
class CitizenContact {

    /** A citizen's name and phone in full (either may be null). */
    record Contact(String name, String phone) {}

    private final PersonalData personalData;

    CitizenContact(PersonalData personalData) {
        this.personalData = personalData;
    }

    /** A name shown as its first character and stars. */
    static String maskName(String name) {
        return PersonalData.maskName(name);
    }

    /** A phone shown as 138****1234 (short numbers as stars but the last two digits). */
    static String maskPhone(String phone) {
        return PersonalData.maskPhone(clean(phone));
    }

    /** Name and phone sealed together; null when both are empty. */
    String seal(String name, String phone) {
        String n = clean(name);
        String p = clean(phone);
        if (n == null && p == null) {
            return null;
        }
        return personalData.seal(join(n, p));
    }

    /** Name and phone as one text ({@code name\nphone}), the form that is sealed. */
    static String join(String name, String phone) {
        return (name == null ? "" : name) + "\n" + (phone == null ? "" : phone);
    }

    /** The sealed name and phone, audited as a full view of the opinion (for {@code purpose}). */
    Contact open(String sealed, long opinionId, String purpose) {
        if (sealed == null) {
            return new Contact(null, null);
        }
        var plain = personalData.tryOpen(sealed);
        if (plain.isEmpty()) {
            return new Contact(null, null);
        }
        personalData.auditFullView("opinion", opinionId, purpose);
        return split(plain.get());
    }

    static Contact split(String plain) {
        String[] parts = plain.split("\n", 2);
        return new Contact(
                parts[0].isEmpty() ? null : parts[0], parts.length < 2 || parts[1].isEmpty() ? null : parts[1]);
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
