package cn.renda.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Default SMS "gateway": writes a line to the log without the number or the text. */
class LoggingSmsSender implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsSender.class);

    @Override
    public void send(String mobile, String text) {
        log.info(
                "SMS to {} ({} characters) — no SMS gateway configured, logged only",
                SmsSender.mask(mobile),
                text.length());
    }
}
