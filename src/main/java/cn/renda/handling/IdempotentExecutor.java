package cn.renda.handling;

import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;

/**
 * Runs an API write once per {@code Idempotency-Key} and user: the key and the response are stored in
 * the same transaction as the action, and a repeated key answers the stored status and body.
 */
public interface IdempotentExecutor {

    /** Runs {@code action} (or replays the stored response); a null or blank key just runs it. */
    ResponseEntity<?> execute(String key, String scope, Supplier<ResponseEntity<?>> action);
}
