package cn.renda.notification;

/** The port to an SMS gateway; the default implementation only logs (with the number masked). */
public interface SmsSender {

    /** Sends one text message; throws to have the outbox retry later. */
    void send(String mobile, String text);

    /** 138****1234: the form in which a number may appear in logs and pages. */
    static String mask(String mobile) {
        if (mobile == null || mobile.length() < 7) {
            return "****";
        }
        return mobile.substring(0, 3) + "****" + mobile.substring(mobile.length() - 4);
    }
}
