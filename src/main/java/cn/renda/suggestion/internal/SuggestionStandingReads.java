package cn.renda.suggestion.internal;

import cn.renda.core.TenantContext;
import cn.renda.suggestion.SubmissionStatus;
import cn.renda.suggestion.SuggestionLookup;
import cn.renda.suggestion.SuggestionStanding;
import cn.renda.suggestion.SuggestionState;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link SuggestionLookup}: one query over the submissions by id. */
@Service
class SuggestionStandingReads implements SuggestionLookup {

    private final JdbcClient jdbc;

    SuggestionStandingReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, SuggestionStanding> standing(Collection<Long> ids) {
        Map<Long, SuggestionStanding> out = new LinkedHashMap<>();
        if (ids == null || ids.isEmpty()) {
            return out;
        }
        jdbc.sql("select id, title, status, case_number, case_state from suggestion.submission"
                        + " where congress_id = ? and id = any(?)")
                .params(TenantContext.orNone(), ids.toArray(Long[]::new))
                .query((rs, n) -> new SuggestionStanding(
                        rs.getLong("id"),
                        rs.getString("title"),
                        SubmissionStatus.valueOf(rs.getString("status")),
                        rs.getString("case_number"),
                        state(rs.getString("case_state"))))
                .list()
                .forEach(s -> out.put(s.id(), s));
        return out;
    }

    /** The case state as the suggestion kinds name it; states of other kinds (none expected) read as unknown. */
    private static SuggestionState state(String name) {
        return name == null
                ? null
                : Arrays.stream(SuggestionState.values())
                        .filter(s -> s.name().equals(name))
                        .findFirst()
                        .orElse(null);
    }
}
