package cn.renda.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.core.TenantTransactions;
import cn.renda.core.db.EmbeddedPostgresServer;
import cn.renda.organization.CongressFacade;
import cn.renda.support.FullStackTest;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A mobile number waiting in the outbox is sealed like every phone, and opened only to be sent. */
class SmsRecipientSealingTests extends FullStackTest {

    @Autowired
    NotificationRepository repository;

    @Autowired
    TenantTransactions transactions;

    @Autowired
    CongressFacade congresses;

    @Autowired
    EmbeddedPostgresServer server;

    @Test
    void anSmsRecipientIsSealedInTheOutboxAndOpenedForSending() throws Exception {
        long congress = congresses.idByCode("jiangxia").orElseThrow();
        // Enqueued and claimed in one transaction: until it commits, the scheduled sender cannot see the row
        // and take it first. The limit covers the pending rows the demo data leaves ahead of it.
        var claimed = transactions.call(congress, () -> {
            repository.enqueue("SMS", "13811112222", "提醒", "您有一件待办");
            return repository.claimPending(100_000);
        });
        assertThat(claimed)
                .filteredOn(o -> o.body().equals("您有一件待办"))
                .extracting(NotificationRepository.Outgoing::recipient)
                .containsExactly("13811112222");
        try (var c = DriverManager.getConnection(server.jdbcUrl("renda"), "postgres", server.superuserPassword());
                var rs = c.createStatement()
                        .executeQuery("select count(*) filter (where recipient like '%13811112222%'),"
                                + " count(*) filter (where recipient like 'pd1:%') from notification.outbox"
                                + " where channel = 'SMS' and body = '您有一件待办'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("plain number at rest").isZero();
            assertThat(rs.getInt(2)).isEqualTo(1);
        }
    }
}
