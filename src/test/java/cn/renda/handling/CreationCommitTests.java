package cn.renda.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.renda.core.TenantContext;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A creation its transaction's owner declared last ({@link CreationCommit#allow()}) commits in its numbering round
 * trip: Spring's commit then finds the transaction ended and its callbacks run once; a failure in that round trip
 * leaves nothing; work after it fails the commit instead of being committed on its own.
 */
class CreationCommitTests extends HandlingTestSupport {

    @Autowired
    HandlingFacade handling;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.flywaydb.core.Flyway flyway;

    private static final AtomicInteger TITLES = new AtomicInteger();

    @AfterEach
    void noUser() {
        SecurityContextHolder.clearContext();
    }

    private JdbcTemplate owner() {
        return new JdbcTemplate(flyway.getConfiguration().getDataSource());
    }

    private void asStaff() {
        long id = owner().queryForObject(
                        "select id from identity.account where congress_id = ? and username = 'staff'",
                        Long.class,
                        jiangxia());
        CurrentUser staff = new CurrentUser(
                id, jiangxia(), "staff", "", "staff", Set.of(Role.STAFF), null, null, null, "zh-CN", true);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(staff, null, staff.getAuthorities()));
    }

    private static NewCase suggestion(String title) {
        return new NewCase(
                "SUGGESTION",
                title,
                "测试内容",
                "城市建设",
                new SourceLink(SourceType.SUGGESTION, "test", LocalDate.now()),
                List.of(),
                Map.of());
    }

    private long lastNumber() {
        Long v = owner().queryForObject(
                        "select coalesce(max(last_value), 0) from handling.number_sequence where congress_id = ? and kind ="
                                + " 'SUGGESTION' and year = ?",
                        Long.class,
                        jiangxia(),
                        LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear());
        return v == null ? 0 : v;
    }

    private int cases(String title) {
        return owner().queryForObject(
                        "select count(*) from handling.cases where congress_id = ? and title = ?",
                        Integer.class,
                        jiangxia(),
                        title);
    }

    private TransactionState driverState() {
        return jdbc.execute((ConnectionCallback<TransactionState>)
                con -> con.unwrap(BaseConnection.class).getTransactionState());
    }

    /** Counts the transaction's after-commit callbacks and records the driver's state just before Spring commits. */
    private static final class Watch implements TransactionSynchronization {
        final AtomicInteger afterCommit = new AtomicInteger();
        final List<TransactionState> beforeCommit = new ArrayList<>();
        private final java.util.function.Supplier<TransactionState> state;

        Watch(java.util.function.Supplier<TransactionState> state) {
            this.state = state;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            beforeCommit.add(state.get());
        }

        @Override
        public void afterCommit() {
            afterCommit.incrementAndGet();
        }
    }

    @Test
    void aCreationDeclaredLastCommitsInItsNumberingRoundTripAndTheCommitCallbacksRunOnce() {
        asStaff();
        String title = "一次往返提交的案件" + TITLES.incrementAndGet();
        Watch watch = new Watch(this::driverState);
        long before = lastNumber();
        CaseView created =
                TenantContext.callAs(jiangxia(), () -> new TransactionTemplate(transactions).execute(status -> {
                    TransactionSynchronizationManager.registerSynchronization(watch);
                    CreationCommit.allow();
                    return handling.create(suggestion(title));
                }));
        assertThat(watch.beforeCommit).containsExactly(TransactionState.IDLE); // Spring's commit sent nothing
        assertThat(watch.afterCommit).hasValue(1);
        assertThat(created.number()).endsWith("第" + (before + 1) + "号");
        assertThat(lastNumber()).isEqualTo(before + 1);
        assertThat(owner().queryForObject(
                                "select number from handling.cases where congress_id = ? and id = ?",
                                String.class,
                                jiangxia(),
                                created.id()))
                .isEqualTo(created.number());
        // the CREATE event carries the number (the chain's payload)
        assertThat(owner().queryForObject(
                                "select payload ->> 'number' from handling.event where congress_id = ? and case_id = ?"
                                        + " and action = 'CREATE'",
                                String.class,
                                jiangxia(),
                                created.id()))
                .isEqualTo(created.number());
    }

    @Test
    void withoutTheDeclarationTheCreationCommitsWithItsTransaction() {
        asStaff();
        String title = "随事务提交的案件" + TITLES.incrementAndGet();
        Watch watch = new Watch(this::driverState);
        TenantContext.callAs(jiangxia(), () -> new TransactionTemplate(transactions).execute(status -> {
            TransactionSynchronizationManager.registerSynchronization(watch);
            return handling.create(suggestion(title));
        }));
        assertThat(watch.beforeCommit).containsExactly(TransactionState.OPEN);
        assertThat(watch.afterCommit).hasValue(1);
        assertThat(cases(title)).isEqualTo(1);
    }

    @Test
    void aFailingWriteInTheNumberingRoundTripLeavesNoCaseAndConsumesNoNumber() {
        asStaff();
        String title = "失败的案件" + TITLES.incrementAndGet();
        Watch watch = new Watch(this::driverState);
        long before = lastNumber();
        assertThatThrownBy(() ->
                        TenantContext.callAs(jiangxia(), () -> new TransactionTemplate(transactions).execute(status -> {
                            TransactionSynchronizationManager.registerSynchronization(watch);
                            CreationCommit.allow();
                            // a write that names the number and fails after the number was taken, before the COMMIT
                            return handling.create(
                                    suggestion(title),
                                    (c, batch) -> batch.add("select 1 / 0 where ? is not null", CaseBatch.NUMBER));
                        })))
                .isInstanceOf(org.springframework.dao.DataAccessException.class);
        assertThat(watch.afterCommit).hasValue(0);
        assertThat(cases(title)).isZero();
        assertThat(lastNumber()).isEqualTo(before);
    }

    @Test
    void workAfterACreationThatCommittedItsTransactionFailsTheCommit() {
        asStaff();
        String title = "之后还有语句的案件" + TITLES.incrementAndGet();
        assertThatThrownBy(() ->
                        TenantContext.callAs(jiangxia(), () -> new TransactionTemplate(transactions).execute(status -> {
                            CreationCommit.allow();
                            CaseView c = handling.create(suggestion(title));
                            jdbc.queryForObject("select 1", Integer.class); // not allowed after such a creation
                            return c;
                        })))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("after a case creation that committed");
        // the creation itself was committed by its round trip: the declaration was wrong, and the commit says so
        assertThat(cases(title)).isEqualTo(1);
    }
}
