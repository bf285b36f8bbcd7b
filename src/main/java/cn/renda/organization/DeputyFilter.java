package cn.renda.organization;

/** Filter of the deputy list: text, level, street, group; {@code current} false lists former deputies too. */
public record DeputyFilter(String text, DeputyLevel level, Long streetId, Long groupId, boolean current) {

    /** Every current deputy. */
    public static DeputyFilter all() {
        return new DeputyFilter(null, null, null, null, true);
    }
}
