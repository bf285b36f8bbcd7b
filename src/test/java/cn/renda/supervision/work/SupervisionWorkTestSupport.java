package cn.renda.supervision.work;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Look-ups of the demo congress (江夏区) shared by the supervision work tests, through the API. */
abstract class SupervisionWorkTestSupport extends FullStackTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json(response);
    }

    long unitId(String name) {
        for (JsonNode u : json(get("staff", "/api/v1/units?q=" + enc(name))).path("items")) {
            if (name.equals(u.path("name").asText())) {
                return u.path("id").asLong();
            }
        }
        throw new AssertionError("no unit " + name);
    }

    /** Fires an action on a case as the user, with the case's current version and the given JSON fields. */
    JsonNode act(String user, long caseId, String action, String fields) {
        long version =
                ok(get(user, "/api/v1/cases/" + caseId), 200).path("version").asLong();
        String body = "{\"version\":" + version + (fields == null || fields.isEmpty() ? "" : "," + fields) + "}";
        return ok(api(user, "POST", "/api/v1/cases/" + caseId + "/actions/" + action, body), 200);
    }

    /** A new special inspection of the given topic, returning its id. */
    long inspection(String topic) {
        return ok(
                        api(
                                "staff",
                                "POST",
                                "/api/v1/supervision/inspections",
                                "{\"kind\":\"SPECIAL_INSPECTION\",\"topic\":\"" + topic + "\",\"startsOn\":\""
                                        + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                                        + "\"}"),
                        201)
                .path("id")
                .asLong();
    }

    /** Issues a finding of an inspection to the housing bureau (the demo unit officer's unit). */
    JsonNode finding(long inspection, String text, String outcome, Integer days) {
        long unit = unitId("区住房和城市更新局");
        return ok(
                api(
                        "staff",
                        "POST",
                        "/api/v1/supervision/inspections/" + inspection + "/findings",
                        "{\"text\":\"" + text + "\",\"outcome\":\"" + outcome + "\",\"units\":[{\"unitId\":" + unit
                                + ",\"role\":\"LEAD\"}]" + (days == null ? "" : ",\"deadlineDays\":" + days)
                                + ",\"foundOn\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                                + "\"}"),
                201);
    }

    static JsonNode clock(JsonNode caseView, String name) {
        for (JsonNode c : caseView.path("clocks")) {
            if (name.equals(c.path("name").asText())
                    && !"CANCELLED".equals(c.path("state").asText())) {
                return c;
            }
        }
        throw new AssertionError("no clock " + name + " in " + caseView);
    }

    /** The 2023 meetings of a kind, oldest first. */
    List<JsonNode> meetings2023(String kind) {
        List<JsonNode> out = new ArrayList<>();
        json(get("staff", "/api/v1/meetings?kind=" + kind + "&year=2023&size=50&sort=date"))
                .path("items")
                .forEach(out::add);
        return out;
    }

    JsonNode meeting(long id) {
        return ok(get("staff", "/api/v1/meetings/" + id), 200);
    }

    /** The first 2023 SC meeting's agenda item of the type. */
    long scItem(String type) {
        for (JsonNode m : meetings2023("SC_MEETING")) {
            for (JsonNode i : meeting(m.path("id").asLong()).path("items")) {
                if (type.equals(i.path("type").asText())) {
                    return i.path("id").asLong();
                }
            }
        }
        throw new AssertionError("no item " + type);
    }

    /** Person ids of the SC members (the attendance list of a 2023 SC meeting). */
    List<Long> members() {
        List<Long> out = new ArrayList<>();
        long first = meetings2023("SC_MEETING").get(0).path("id").asLong();
        meeting(first)
                .path("attendance")
                .forEach(a -> out.add(a.path("personId").asLong()));
        assertThat(out).isNotEmpty();
        return out;
    }
}
