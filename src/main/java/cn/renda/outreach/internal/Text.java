package cn.renda.outreach.internal;

/** Input text rules shared by the outreach services: trimmed, empty as null, no control characters. */
final class Text {

    private Text() {}

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /** Whether the text holds NUL or other control characters besides line breaks and tabs. */
    static boolean hasControl(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                return true;
            }
        }
        return false;
    }
}
