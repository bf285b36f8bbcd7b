package cn.renda.organization;

import cn.renda.core.PersonalData;

/** Masks phone numbers for pages and API views (138****1234); the full number never leaves a facade. */
public final class Phones {

    private Phones() {}

    /** The number with its middle digits hidden; null or blank stays null. */
    public static String mask(String phone) {
        return PersonalData.maskPhone(phone);
    }
}
