package cn.renda.handling;

import cn.renda.core.TenantContext;
import cn.renda.handling.internal.DeadlineSweep;
import cn.renda.identity.AccountFacade;
import cn.renda.identity.NewAccount;
import cn.renda.identity.Role;
import cn.renda.organization.CongressFacade;
import cn.renda.support.FullStackTest;
import cn.renda.support.MutableClock;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the engine's full-stack tests: the settable clock of every full-stack test, the real
 * working calendar, and test accounts for two handling units, a leader and an SC member.
 */
public abstract class HandlingTestSupport extends FullStackTest {

    /** Unit ids of the test units (organization ids are plain numbers to the engine). */
    public static final long UNIT_1 = 9001;

    public static final long UNIT_2 = 9002;
    public static final long UNIT_3 = 9003;

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Long> ACCOUNTS = new ConcurrentHashMap<>();

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected AccountFacade accounts;

    @Autowired
    protected CongressFacade congresses;

    @Autowired
    protected DeadlineSweep sweep;

    // The owner's connections (those Flyway migrates with), embedded or external database alike.
    @Autowired
    private org.flywaydb.core.Flyway flyway;

    private static volatile boolean unitsMade;

    /**
     * The test units exist in the registry of 江夏 (the engine refuses units that do not exist in the
     * caller's congress), with the fixed ids the tests name.
     */
    @org.junit.jupiter.api.BeforeEach
    void testUnitsExist() throws java.sql.SQLException {
        if (unitsMade) {
            return;
        }
        try (var c = flyway.getConfiguration().getDataSource().getConnection();
                var ps = c.prepareStatement("insert into organization.unit (id, congress_id, name, type, active)"
                        + " overriding system value values (?, ?, ?, 'DEPARTMENT', false) on conflict do nothing")) {
            for (long unit : new long[] {UNIT_1, UNIT_2, UNIT_3}) {
                ps.setLong(1, unit);
                ps.setLong(2, jiangxia());
                ps.setString(3, "测试承办单位" + unit);
                ps.executeUpdate();
            }
        }
        unitsMade = true;
    }

    @AfterEach
    void resetClock() throws java.sql.SQLException {
        clock.reset();
        // The sweep reads the windows opened since its last day (handling.sweep_mark); that assumes time only moves
        // forward. A test that moved the clock ahead and back makes the sweep forget its days, as a new database.
        try (var c = flyway.getConfiguration().getDataSource().getConnection();
                var st = c.createStatement()) {
            st.execute("delete from handling.sweep_mark");
        }
    }

    protected long jiangxia() {
        return congresses.idByCode("jiangxia").orElseThrow();
    }

    /** Test users: u1 / u2 / u3 (UNIT of UNIT_1..3), hleader (LEADER), hmember (MEMBER). */
    protected synchronized long account(String username) {
        return ACCOUNTS.computeIfAbsent(
                username,
                u -> TenantContext.callAs(jiangxia(), () -> {
                    var existing = accounts.list(u, cn.renda.core.PageRequest.first()).items().stream()
                            .filter(a -> a.username().equals(u))
                            .findFirst();
                    if (existing.isPresent()) {
                        return existing.get().id();
                    }
                    Set<Role> roles;
                    Long unit = null;
                    switch (u) {
                        case "h-unit1" -> {
                            roles = Set.of(Role.UNIT);
                            unit = UNIT_1;
                        }
                        case "h-unit2" -> {
                            roles = Set.of(Role.UNIT);
                            unit = UNIT_2;
                        }
                        case "h-unit3" -> {
                            roles = Set.of(Role.UNIT);
                            unit = UNIT_3;
                        }
                        case "h-leader" -> roles = Set.of(Role.LEADER);
                        case "h-member" -> roles = Set.of(Role.MEMBER);
                        default -> throw new IllegalArgumentException(u);
                    }
                    return accounts.create(new NewAccount(u, DEMO_PASSWORD, u, roles, null, unit, null, null));
                }));
    }

    protected void users() {
        for (String u : new String[] {"h-unit1", "h-unit2", "h-unit3", "h-leader", "h-member"}) {
            account(u);
        }
    }

    protected static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    /** Creates an opinion (optionally issued to UNIT_1 as LEAD and UNIT_2 as CO); returns its JSON. */
    protected JsonNode createOpinion(String sourceDate, boolean issue, boolean withCo) {
        users();
        String units = withCo
                ? "[{\"unitId\":" + UNIT_1 + ",\"role\":\"LEAD\"},{\"unitId\":" + UNIT_2 + ",\"role\":\"CO\"}]"
                : "[{\"unitId\":" + UNIT_1 + ",\"role\":\"LEAD\"}]";
        var r = api(
                "staff",
                "POST",
                "/api/v1/supervision/opinions",
                "{\"documentType\":\"DELIBERATION\",\"title\":\"关于优化营商环境专项工作报告的审议意见\","
                        + "\"content\":\"常委会组成人员审议认为……\",\"issues\":[\"项目落地审批时限长\",\"涉企检查多\"],"
                        + "\"units\":" + units + ",\"sourceDate\":\"" + sourceDate + "\",\"issueNow\":" + issue + "}");
        if (r.statusCode() != 201) {
            throw new AssertionError("create failed: " + r.statusCode() + " " + r.body());
        }
        return json(r);
    }

    protected HttpResponse<String> act(String user, long caseId, String action, long version, String extraJson) {
        String body =
                "{\"version\":" + version + (extraJson == null || extraJson.isBlank() ? "" : "," + extraJson) + "}";
        return api(user, "POST", "/api/v1/cases/" + caseId + "/actions/" + action, body);
    }

    /** Acts and fails unless the answer is 200; returns the case JSON. */
    protected JsonNode ok(String user, long caseId, String action, String extraJson) {
        long version = json(get(user.startsWith("h-unit") ? "staff" : user, "/api/v1/cases/" + caseId))
                .get("version")
                .asLong();
        var r = act(user, caseId, action, version, extraJson);
        if (r.statusCode() != 200) {
            throw new AssertionError(action + " by " + user + ": " + r.statusCode() + " " + r.body());
        }
        return json(r);
    }

    protected JsonNode caseJson(long id) {
        return json(get("staff", "/api/v1/cases/" + id));
    }

    protected JsonNode clockOf(JsonNode c, String name) {
        JsonNode found = null;
        for (JsonNode k : c.get("clocks")) {
            if (name.equals(k.get("name").asString())) {
                found = k; // the latest of that name
            }
        }
        return found;
    }
}
