package cn.renda.handling.internal;

import cn.renda.handling.CaseBatch;
import cn.renda.handling.CaseWriteContributor;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Other modules' writes for a step or a creation ({@link CaseWriteContributor}), queued in the engine's own batch:
 * they travel in its round trip and need none of their own. {@link CaseBatch#NUMBER} becomes
 * {@link CaseNumbering#NUMBER_SQL}: the number as the numbering call earlier in the same round trip left it.
 */
@Component
class ContributedWrites {

    private final ObjectProvider<CaseWriteContributor> contributors;
    private volatile List<CaseWriteContributor> all;

    ContributedWrites(ObjectProvider<CaseWriteContributor> contributors) {
        this.contributors = contributors;
    }

    /** Every contributor's writes for a step, added to {@code writes}. */
    void stepped(CaseWriteContributor.Stepped step, StepWrites writes) {
        CaseBatch batch = batch(writes, step.congressId(), step.caseId(), false);
        for (CaseWriteContributor c : contributors()) {
            c.stepped(step, batch);
        }
    }

    /** Every contributor's writes for a new case, added to {@code writes} (sent after the case is numbered). */
    void created(CaseWriteContributor.Created created, StepWrites writes) {
        CaseBatch batch = batch(writes, created.congressId(), created.caseId(), true);
        for (CaseWriteContributor c : contributors()) {
            c.created(created, batch);
        }
    }

    private List<CaseWriteContributor> contributors() {
        List<CaseWriteContributor> list = all;
        if (list == null) {
            // resolved on first use: contributors live in modules that depend on handling's facade
            list = contributors.orderedStream().toList();
            all = list;
        }
        return list;
    }

    /** A batch over {@code writes}; {@code numbered}: whether {@link CaseBatch#NUMBER} may be used. */
    static CaseBatch batch(StepWrites writes, long congress, long caseId, boolean numbered) {
        return new CaseBatch() {
            @Override
            public void add(String statement, Object... values) {
                expand(writes, congress, caseId, numbered, statement, values);
            }
        };
    }

    private static void expand(
            StepWrites writes, long congress, long caseId, boolean numbered, String statement, Object... values) {
        {
            StringBuilder sql = new StringBuilder(statement.length() + 80);
            List<Object> args = new ArrayList<>(values.length + 2);
            int v = 0;
            for (int i = 0; i < statement.length(); i++) {
                char ch = statement.charAt(i);
                if (ch != '?') {
                    sql.append(ch);
                    continue;
                }
                if (v >= values.length) {
                    throw new IllegalArgumentException("more placeholders than values: " + statement);
                }
                Object value = values[v++];
                if (value == CaseBatch.NUMBER) {
                    if (!numbered) {
                        throw new IllegalArgumentException("a step's batch has no new number: " + statement);
                    }
                    // read from the transaction's setting the numbering call leaves (CaseNumbering.NUMBER_SQL): a
                    // sub-select of the case row here would be a subquery inside INSERT … VALUES, which Citus refuses
                    // (README "Running on Citus"); a bound value would need a client hop under the number's lock
                    sql.append(CaseNumbering.NUMBER_SQL);
                } else {
                    sql.append('?');
                    args.add(value);
                }
            }
            if (v != values.length) {
                throw new IllegalArgumentException("more values than placeholders: " + statement);
            }
            writes.update(sql.toString(), args.toArray());
        }
    }
}
