package cn.renda.notification;

import cn.renda.core.TenantContext;
import cn.renda.organization.CongressFacade;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox: e-mail over SMTP when {@code spring.mail.host} is set (otherwise rows are marked
 * DISABLED, not silently dropped), text messages through the {@link SmsSender}. Retries with back-off.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int MAX_ATTEMPTS = 8;

    private final NotificationRepository repository;
    private final CongressFacade congresses;
    private final ObjectProvider<JavaMailSender> mail;
    private final SmsSender sms;
    private final TransactionTemplate tx;
    private final String from;

    OutboxSender(
            NotificationRepository repository,
            CongressFacade congresses,
            ObjectProvider<JavaMailSender> mail,
            SmsSender sms,
            PlatformTransactionManager transactions,
            @Value("${renda.mail.from:noreply@renda.local}") String from) {
        this.repository = repository;
        this.congresses = congresses;
        this.mail = mail;
        this.sms = sms;
        this.tx = new TransactionTemplate(transactions);
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${renda.notification.outbox-delay:PT30S}", initialDelayString = "PT20S")
    @SchedulerLock(name = "notification.outbox", lockAtMostFor = "PT5M")
    void scheduled() {
        sendPending();
    }

    /** Sends what is due in every congress; returns the number of rows handled. */
    public int sendPending() {
        int handled = 0;
        for (long congress : congresses.activeIds()) {
            handled += TenantContext.callAs(congress, () -> tx.execute(status -> sendBatch()));
        }
        return handled;
    }

    private int sendBatch() {
        var batch = repository.claimPending(100);
        JavaMailSender sender = mail.getIfAvailable();
        for (var row : batch) {
            try {
                if ("EMAIL".equals(row.channel())) {
                    if (sender == null) {
                        repository.markSent(row.id(), "DISABLED");
                        continue;
                    }
                    MimeMessage message = sender.createMimeMessage();
                    MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
                    helper.setFrom(from);
                    helper.setTo(row.recipient());
                    helper.setSubject(row.subject());
                    helper.setText(row.body());
                    sender.send(message);
                } else {
                    sms.send(row.recipient(), row.body());
                }
                repository.markSent(row.id(), "SENT");
            } catch (Exception e) {
                // The reason may carry an address; log only the row.
                log.warn(
                        "Outbox row {} ({}) failed, attempt {}: {}",
                        row.id(),
                        row.channel(),
                        row.attempts() + 1,
                        e.getClass().getSimpleName());
                repository.markFailed(
                        row.id(), row.attempts() + 1, MAX_ATTEMPTS, e.getClass().getSimpleName());
            }
        }
        return batch.size();
    }
}
