package cn.renda.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The suggestion API calls full-stack tests share: a draft of the demo deputy, submitted and registered by the demo
 * staff, assigned to a unit, and an action on its case at the version the acting user sees.
 */
public final class SuggestionApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FullStackTest test;

    public SuggestionApi(FullStackTest test) {
        this.test = test;
    }

    /** The body of a response that must have the given status. */
    public static JsonNode json(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }

    /** A new draft of the demo deputy with the checklist's basis filled in; its id. */
    public long draft(String title) {
        String body = "{\"title\":\"" + title + "\",\"content\":\"纸坊街道老旧小区雨污管网破损，雨天污水外溢，居民反映强烈。建议纳入城市更新计划改造。\","
                + "\"topic\":\"城市更新\",\"research\":\"走访三个小区\",\"facts\":\"12处管网破损\",\"consulted\":\"社区书记、居民代表\",\"publishConsent\":true}";
        return json(test.api("deputy", "POST", "/api/v1/suggestions", body), 201)
                .path("id")
                .asLong();
    }

    /** A draft submitted by the deputy and registered by the staff (its case in state REGISTERED); its id. */
    public long registered(String title) {
        long id = draft(title);
        json(test.api("deputy", "POST", "/api/v1/suggestions/" + id + "/submit", null), 200);
        JsonNode reg = json(test.api("staff", "POST", "/api/v1/suggestions/" + id + "/register", "{}"), 200);
        assertThat(reg.path("handling").path("state").asString()).isEqualTo("REGISTERED");
        return id;
    }

    /** The unit of the demo unit account. */
    public long unitOfUnitAccount() {
        return json(test.get("unit", "/api/v1/me"), 200).path("unitId").asLong();
    }

    /** Assigns the suggestion to the demo unit account's unit as lead unit (staff). */
    public JsonNode assign(long id) {
        return json(
                test.api(
                        "staff",
                        "POST",
                        "/api/v1/suggestions/" + id + "/assign",
                        "{\"assignments\":[{\"unitId\":" + unitOfUnitAccount()
                                + ",\"role\":\"LEAD\"}],\"complex\":false}"),
                200);
    }

    /** An action on the suggestion's case at the version {@code user} sees, with {@code body}'s extra fields. */
    public JsonNode act(String user, long id, String action, String body, int status) {
        long version = json(test.get(user, "/api/v1/suggestions/" + id), 200)
                .path("handling")
                .path("version")
                .asLong();
        String json = "{\"version\":" + version + (body.isEmpty() ? "" : "," + body) + "}";
        return json(test.api(user, "POST", "/api/v1/suggestions/" + id + "/actions/" + action, json), status);
    }
}
