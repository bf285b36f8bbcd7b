package cn.renda.handling.internal;

import cn.renda.core.InvalidInputException;
import cn.renda.core.TenantContext;
import cn.renda.handling.IdempotentExecutor;
import cn.renda.identity.CurrentUser;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Idempotency keys in handling.idempotency_key: the key row is inserted first (a concurrent request
 * with the same key waits on it), the action runs in the same transaction and its response is stored;
 * a failed action rolls the key back so it may be retried.
 */
@Service
class IdempotencyService implements IdempotentExecutor {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final HandlingRepository repo;

    IdempotencyService(JdbcClient jdbc, PlatformTransactionManager transactions, HandlingRepository repo) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.repo = repo;
    }

    @Override
    public ResponseEntity<?> execute(String key, String scope, Supplier<ResponseEntity<?>> action) {
        if (key == null || key.isBlank()) {
            return action.get();
        }
        if (key.length() > 200) {
            throw new InvalidInputException("Idempotency-Key", "handling.error.idempotencyKey");
        }
        long account = CurrentUser.require().id();
        return tx.execute(s -> {
            int inserted = jdbc.sql(
                            """
                            insert into handling.idempotency_key (account_id, key, scope) values (?, ?, ?)
                            on conflict (congress_id, account_id, key) do nothing""")
                    .params(account, key, scope)
                    .update();
            if (inserted == 0) {
                record Stored(String scope, Integer status, String body) {}
                Stored stored = jdbc.sql(
                                "select scope, status, body from handling.idempotency_key where congress_id = ? and account_id = ? and key = ?")
                        .param(TenantContext.orNone())
                        .params(account, key)
                        .query((rs, n) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3)))
                        .single();
                if (!stored.scope().equals(scope) || stored.status() == null) {
                    throw new InvalidInputException("Idempotency-Key", "handling.error.idempotencyKey");
                }
                return ResponseEntity.status(stored.status())
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Idempotent-Replayed", "true")
                        .body(stored.body());
            }
            ResponseEntity<?> response = action.get();
            jdbc.sql(
                            "update handling.idempotency_key set status = ?, body = ? where congress_id = ? and account_id = ? and key = ?")
                    .params(
                            response.getStatusCode().value(),
                            response.getBody() == null ? null : repo.toJson(response.getBody()),
                            TenantContext.orNone(),
                            account,
                            key)
                    .update();
            return response;
        });
    }
}
