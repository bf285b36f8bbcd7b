package cn.renda.suggestion.internal;

import cn.renda.core.TenantContext;
import cn.renda.suggestion.ContactView;
import cn.renda.suggestion.ContactWay;
import cn.renda.suggestion.ProgressNote;
import cn.renda.suggestion.SignerView;
import cn.renda.suggestion.SuggestionView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A submission with its signers, contacts, progress notes and merged cases read in one statement (its lists as JSON
 * arrays in the same row), so that a unit or office step on its case reads the suggestion once and builds the view
 * it returns without reading it again: the step changes only the case's state, which the engine returns.
 */
@Component
class SuggestionSnapshots {

    /**
     * A submission and what its view shows besides the row; {@code deputies}: the lead's and the co-signers' accounts
     * (the deputies its notices go to: lead first, then the signers with an account in signing order).
     */
    record Snapshot(
            SuggestionRepository.Row row,
            List<SignerView> signers,
            List<ContactView> contacts,
            List<ProgressNote> progress,
            List<Long> merged,
            java.util.Set<Long> deputies) {

        /** The same submission with other lists (the deputies unchanged). */
        Snapshot with(SuggestionRepository.Row row, List<ContactView> contacts, List<ProgressNote> progress) {
            return new Snapshot(row, signers, contacts, progress, merged, deputies);
        }
    }

    private static final String SQL = "select " + columns()
            + """
            ,
                   (select json_agg(json_build_array(g.person_id, g.name, g.lead, g.account_id) order by g.lead desc, g.id)
                      from suggestion.signer g
                     where g.congress_id = :congress and g.submission_id = s.id)::text as signers_json,
                   (select json_agg(json_build_array(c.id, c.unit_id, c.contact_date, c.way, c.agreed)
                                    order by c.contact_date, c.id)
                      from suggestion.contact c
                     where c.congress_id = :congress and c.case_id = s.case_id)::text as contacts_json,
                   (select json_agg(json_build_array(p.id, p.case_id, p.unit_id, p.note, p.noted_on)
                                    order by p.noted_on, p.id)
                      from suggestion.progress_note p
                     where p.congress_id = :congress and p.case_id = s.case_id)::text as progress_json,
                   (select json_agg(m.case_id order by m.id)
                      from suggestion.submission m
                     where m.congress_id = :congress and m.merged_into = s.case_id)::text as merged_json
            from suggestion.submission s
            where s.congress_id = :congress and s.id = :id""";

    private static String columns() {
        StringBuilder out = new StringBuilder();
        for (String c : SuggestionRepository.COLUMNS.split(",")) {
            out.append(out.isEmpty() ? "s." : ", s.").append(c.trim());
        }
        return out.toString();
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final StepSubmissions stepSubmissions;

    SuggestionSnapshots(JdbcClient jdbc, JsonMapper json, StepSubmissions stepSubmissions) {
        this.jdbc = jdbc;
        this.json = json;
        this.stepSubmissions = stepSubmissions;
    }

    /** The submission with its lists, or empty (none in the bound congress). */
    Optional<Snapshot> read(long id) {
        // every list's congress as a value too: Citus sends a correlated look-up to every shard otherwise
        return jdbc.sql(SQL)
                .param("congress", TenantContext.orNone())
                .param("id", id)
                .query(this::snapshot)
                .optional();
    }

    /** The registered submission of a case, read in the engine's round trip for a step on that case. */
    private static final org.springframework.jdbc.core.namedparam.ParsedSql OF_CASE =
            org.springframework.jdbc.core.namedparam.NamedParameterUtils.parseSqlStatement(
                    SQL + " and s.case_id = :caseId");

    /**
     * The read of submission {@code id} registered as case {@code caseId}, for {@code HandlingFacade.actWith}: the
     * step goes on only when the submission is that case's ({@code onRead} gets it first and may refuse by
     * throwing); otherwise it stops before deciding.
     */
    cn.renda.handling.CompanionRead companion(long id, long caseId, java.util.function.Consumer<Snapshot> onRead) {
        var values = new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("congress", TenantContext.orNone())
                .addValue("id", id)
                .addValue("caseId", caseId);
        String sql =
                org.springframework.jdbc.core.namedparam.NamedParameterUtils.substituteNamedParameters(OF_CASE, values);
        List<Object> args = java.util.Arrays.asList(
                org.springframework.jdbc.core.namedparam.NamedParameterUtils.buildValueArray(OF_CASE, values, null));
        return new cn.renda.handling.CompanionRead() {
            @Override
            public String statement() {
                return sql;
            }

            @Override
            public List<Object> values() {
                return args;
            }

            @Override
            public boolean read(java.sql.ResultSet rows) throws java.sql.SQLException {
                if (!rows.next()) {
                    return false;
                }
                onRead.accept(snapshot(rows, 0));
                return true;
            }
        };
    }

    private Snapshot snapshot(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        SuggestionRepository.Row row = SuggestionRepository.row(rs, n);
        boolean registered = row.caseId() != null;
        java.util.Set<Long> deputies = new java.util.LinkedHashSet<>();
        if (row.leadAccountId() != null) {
            deputies.add(row.leadAccountId());
        }
        List<SignerView> signers = list(rs.getString("signers_json"), a -> {
            Long account = lng(a, 3);
            if (account != null) {
                deputies.add(account);
            }
            return new SignerView(lng(a, 0), str(a, 1), a.get(2).asBoolean());
        });
        Snapshot snapshot = new Snapshot(
                row,
                signers,
                registered
                        ? list(
                                rs.getString("contacts_json"),
                                a -> new ContactView(
                                        a.get(0).asLong(),
                                        a.get(1).asLong(),
                                        LocalDate.parse(str(a, 2)),
                                        ContactWay.valueOf(str(a, 3)),
                                        str(a, 4)))
                        : List.of(),
                registered
                        ? list(
                                rs.getString("progress_json"),
                                a -> new ProgressNote(
                                        a.get(0).asLong(),
                                        a.get(1).asLong(),
                                        lng(a, 2),
                                        str(a, 3),
                                        LocalDate.parse(str(a, 4))))
                        : List.of(),
                registered ? list(rs.getString("merged_json"), JsonNode::asLong) : List.of(),
                java.util.Collections.unmodifiableSet(deputies));
        stepSubmissions.read(snapshot); // the step's deputies' notice then needs no read of its own
        return snapshot;
    }

    /** The registered submission with its lists; 404 if none, 409 if not registered (as {@link SuggestionRows}). */
    Snapshot registered(long id) {
        Snapshot s = read(id).orElseThrow(() -> new cn.renda.core.NotFoundException("suggestion", id));
        if (s.row().caseId() == null) {
            throw new cn.renda.core.ConflictException("suggestion.error.notRegistered", "not registered");
        }
        return s;
    }

    /** The view of the submission as the snapshot holds it, with the case in {@code caseState} (null: as read). */
    static SuggestionView view(Snapshot s, String caseState) {
        SuggestionRepository.Row r = s.row();
        return SuggestionRows.view(
                r, s.signers(), s.merged(), s.contacts(), s.progress(), caseState != null ? caseState : r.caseState());
    }

    private <T> List<T> list(String text, Function<JsonNode, T> row) {
        if (text == null) {
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (JsonNode a : json.readTree(text)) {
            out.add(row.apply(a));
        }
        return out;
    }

    private static String str(JsonNode a, int i) {
        JsonNode v = a.get(i);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static Long lng(JsonNode a, int i) {
        JsonNode v = a.get(i);
        return v == null || v.isNull() ? null : v.asLong();
    }
}
