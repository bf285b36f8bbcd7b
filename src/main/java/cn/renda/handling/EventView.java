package cn.renda.handling;

import java.time.OffsetDateTime;
import java.util.Map;

/** One timeline event of a case, with its place in the hash chain. */
public record EventView(
        long id,
        int seq,
        OffsetDateTime at,
        Long actorId,
        String actorName,
        String action,
        String fromState,
        String toState,
        Map<String, Object> payload,
        String prevHash,
        String hash) {}
