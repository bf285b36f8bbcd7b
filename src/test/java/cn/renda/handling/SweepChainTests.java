package cn.renda.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.renda.core.TenantContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The sweep's timeline events are linked set-based (one event per case and sweep): the chains stay valid
 * by the audit's own verification, and the application role still cannot write a link of its choosing.
 */
class SweepChainTests extends HandlingTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private List<JsonNode> sweepEvents(long id) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode e :
                json(get("staff", "/api/v1/cases/" + id + "/timeline?size=200")).get("items")) {
            String action = e.get("action").asString();
            if (action.equals("CLOCK_YELLOW") || action.equals("CLOCK_OVERDUE")) {
                found.add(e);
            }
        }
        return found;
    }

    private void assertChainValid(long id) {
        var audit = json(get("staff", "/api/v1/cases/" + id + "/audit"));
        var timeline = json(get("staff", "/api/v1/cases/" + id + "/timeline?size=200"));
        assertThat(audit.get("valid").asBoolean()).as("chain of case %d", id).isTrue();
        assertThat(audit.get("events").asInt()).isEqualTo(timeline.get("total").asInt());
    }

    @Test
    void aSweepOverManyCasesLeavesEveryChainValid() {
        clock.setDate(LocalDate.of(2023, 3, 1));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long id = createOpinion("2023-02-28", true, i % 3 == 0).get("id").asLong();
            if (i % 2 == 0) {
                ok("h-unit1", id, "accept", null); // a longer chain before the sweep's link
            }
            ids.add(id);
        }
        clock.setDate(LocalDate.of(2024, 3, 1)); // every running clock of these cases is overdue
        assertThat(sweep.runNow()).isGreaterThanOrEqualTo(ids.size());
        sweep.runNow(); // nothing left to link twice
        for (long id : ids) {
            assertChainValid(id);
            var events = sweepEvents(id);
            assertThat(events).as("sweep events of case %d", id).hasSize(1);
            assertThat(events.get(0).get("action").asString()).isEqualTo("CLOCK_OVERDUE");
            JsonNode actor = events.get(0).path("actorId");
            assertThat(actor.isNull() || actor.isMissingNode()).isTrue();
        }
        // the chain goes on from the sweep's link when the engine appends again
        ok("h-unit1", ids.get(1), "accept", null);
        assertChainValid(ids.get(1));
    }

    @Test
    void twoClocksOfOneCaseChangingInOneSweepGetOneValidLink() {
        clock.setDate(LocalDate.of(2023, 11, 1));
        long id = createOpinion("2023-10-31", true, true).get("id").asLong();
        List<String> accept = new ArrayList<>();
        for (JsonNode k : caseJson(id).get("clocks")) {
            if (k.get("name").asString().equals("ACCEPT")) {
                accept.add(k.get("dueDate").asString());
            }
        }
        assertThat(accept).hasSize(2).containsOnly(accept.get(0)); // the lead's and the co unit's
        LocalDate due = LocalDate.parse(accept.get(0));

        clock.setDate(due.plusDays(1));
        sweep.runNow();
        var events = sweepEvents(id);
        assertThat(events).hasSize(1);
        JsonNode payload = events.get(0).get("payload");
        assertThat(events.get(0).get("action").asString()).isEqualTo("CLOCK_OVERDUE");
        List<String> listed = new ArrayList<>();
        payload.get("clocks").forEach(c -> listed.add(c.asString()));
        assertThat(listed)
                .contains("RED ACCEPT due " + due)
                .hasSize(payload.get("clockIds").size());
        assertThat(listed.stream().filter(c -> c.equals("RED ACCEPT due " + due)))
                .hasSize(2);
        assertChainValid(id);

        sweep.runNow();
        assertThat(sweepEvents(id)).hasSize(1);
        ok("h-unit1", id, "accept", null);
        assertChainValid(id);
    }

    @Test
    void theApplicationRoleCannotWriteALinkOfItsOwn() {
        long id = createOpinion("2023-10-31", true, false).get("id").asLong();
        var tx = new TransactionTemplate(transactions);
        // a row sent already "linked" is refused: the application role may not insert events itself. Not on
        // Citus, where the append functions run with the caller's rights and the role may insert (migration
        // V20261208_0595, README "Running on Citus"): there the links are a convention of the application.
        boolean citus = jdbc.sql("select exists (select 1 from pg_extension where extname = 'citus')")
                .query(Boolean.class)
                .single();
        if (!citus) {
            assertThatThrownBy(() -> TenantContext.callAs(
                            jiangxia(),
                            () -> tx.execute(s -> jdbc.sql(
                                            """
                                insert into handling.event (case_id, action, payload, seq, prev_hash, hash)
                                values (?, 'NOTE', '{}', 99, repeat('0', 64), repeat('f', 64))""")
                                    .param(id)
                                    .update())))
                    .rootCause()
                    .hasMessageContaining("permission denied for table event");
        }
        // the appending function links to the head on the case row, whatever the last link was
        String[] link = TenantContext.callAs(
                jiangxia(),
                () -> tx.execute(s -> jdbc.sql(
                                "select seq::text, hash from handling.append_event(?, null, null, 'NOTE', null, null, '{}'::jsonb)")
                        .param(id)
                        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                        .single()));
        String[] head = TenantContext.callAs(
                jiangxia(),
                () -> tx.execute(s -> jdbc.sql("select chain_seq::text, chain_hash from handling.cases where id = ?")
                        .param(id)
                        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                        .single()));
        assertThat(link[0]).isNotEqualTo("99").isNotEqualTo("1");
        assertThat(link[1]).hasSize(64);
        assertThat(head).containsExactly(link[0], link[1]);
        assertChainValid(id);

        // the linking function appends only to cases of the bound congress
        long hongshan = congresses.idByCode("hongshan").orElseThrow();
        int appended = TenantContext.callAs(
                hongshan,
                () -> tx.execute(s -> jdbc.sql(
                                "select handling.append_linked_events(?::bigint[], ?::text[], ?::text[], ?::text[])")
                        .param(new Long[] {id})
                        .param(new String[] {"CLOCK_YELLOW"})
                        .param(new String[] {"ISSUED"})
                        .param(new String[] {"{}"})
                        .query(Integer.class)
                        .single()));
        assertThat(appended).isZero();
        assertChainValid(id);
    }
}
