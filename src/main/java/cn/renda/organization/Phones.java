package cn.renda.organization;

/** Masks phone numbers for pages and API views (138****1234); the full number never leaves a facade. */
public final class Phones {

    private Phones() {}

    /** The number with its middle digits hidden; null or blank stays null. */
    public static String mask(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String p = phone.strip();
        if (p.length() < 8) {
            return "****";
        }
        return p.substring(0, 3) + "****" + p.substring(p.length() - 4);
    }
}
