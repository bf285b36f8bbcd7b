package cn.renda.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** 半年视察: inspection records of key suggestions, listed, shown, validated and on the cases' timelines. */
class SuggestionInspectionTests extends FullStackTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static JsonNode json(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }

    JsonNode demoInspection() {
        JsonNode page = json(get("staff", "/api/v1/suggestions/inspections?size=50"), 200);
        assertThat(page.path("total").asLong()).isPositive();
        for (JsonNode i : page.path("items")) {
            if (i.path("leader").asString().contains("刘建华")) {
                return i;
            }
        }
        throw new AssertionError("no demo inspection in " + page);
    }

    String body(long suggestionId, String findings) {
        return "{\"inspectedOn\":\"2026-01-15\",\"leader\":\"区人大常委会主任 王明\",\"participants\":\"城建环保工委\","
                + "\"places\":\"汤逊湖沿线\",\"findings\":\"" + findings + "\",\"requirements\":\"年底前完成整治\","
                + "\"suggestionIds\":[" + suggestionId + "]}";
    }

    @Test
    void demoYearHasAnInspectionOfItsKeySuggestionsShownUnderReports() {
        JsonNode demo = demoInspection();
        assertThat(demo.path("suggestions").size()).isGreaterThan(1);
        String list = login("leader").page("/suggestions/reports/inspections").body();
        assertThat(list).contains("重点建议半年视察", "data-inspection", "刘建华");
        assertThat(login("staff").page("/suggestions/reports").body()).contains("/suggestions/reports/inspections");
        String shown = login("member")
                .page("/suggestions/reports/inspections/" + demo.path("id").asLong())
                .body();
        assertThat(shown)
                .contains(
                        "视察发现",
                        "意见要求和下一步工作",
                        demo.path("suggestions").get(0).path("title").asString());
    }

    @Test
    void recordedInspectionIsOnTheTimelineAndPageOfEachLinkedKeySuggestion() {
        long suggestionId =
                demoInspection().path("suggestions").get(0).path("id").asLong();
        JsonNode created = json(
                api("staff", "POST", "/api/v1/suggestions/inspections", body(suggestionId, "排口已封堵三处，仍有两处待整治")), 201);
        long inspectionId = created.path("id").asLong();
        assertThat(created.path("suggestions").get(0).path("id").asLong()).isEqualTo(suggestionId);

        long caseId = json(get("staff", "/api/v1/suggestions/" + suggestionId), 200)
                .path("handling")
                .path("id")
                .asLong();
        String timeline =
                get("staff", "/api/v1/cases/" + caseId + "/timeline?size=200").body();
        assertThat(timeline).contains("\"action\":\"INSPECTION\"", "\"inspectionId\":" + inspectionId);
        assertThat(json(get("staff", "/api/v1/cases/" + caseId + "/audit"), 200)
                        .path("valid")
                        .asBoolean())
                .as("the hash chain stays valid")
                .isTrue();

        String page = login("staff").page("/suggestions/" + suggestionId).body();
        assertThat(page).contains("data-inspections", "/suggestions/reports/inspections/" + inspectionId);
    }

    @Test
    void inspectionNeedsFindingsAndOnlyKeySuggestions() {
        long keyId = demoInspection().path("suggestions").get(0).path("id").asLong();
        HttpResponse<String> noFindings = api("staff", "POST", "/api/v1/suggestions/inspections", body(keyId, ""));
        assertThat(noFindings.statusCode()).isEqualTo(400);
        assertThat(noFindings.body()).contains("findings");

        JsonNode ordinary = json(get("staff", "/api/v1/suggestions?state=ASSIGNED&size=50"), 200);
        long notKey = -1;
        for (JsonNode s : ordinary.path("items")) {
            JsonNode d = json(get("staff", "/api/v1/suggestions/" + s.path("id").asLong()), 200);
            if (!d.path("handling").path("keyCase").asBoolean()) {
                notKey = s.path("id").asLong();
                break;
            }
        }
        assertThat(notKey).isPositive();
        HttpResponse<String> wrong = api("staff", "POST", "/api/v1/suggestions/inspections", body(notKey, "现场查看"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("suggestionIds");

        assertThat(api("deputy", "POST", "/api/v1/suggestions/inspections", body(keyId, "现场查看"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("deputy", "/api/v1/suggestions/inspections").statusCode())
                .isEqualTo(403);
    }

    @Test
    void inspectionFormShowsErrorsAndSavesThroughThePage() {
        long keyId = demoInspection().path("suggestions").get(0).path("id").asLong();
        Session leader = login("leader");
        String form = leader.page("/suggestions/reports/inspections/new?suggestion=" + keyId)
                .body();
        assertThat(form).contains("记录半年视察", "name=\"suggestionIds\"");
        HttpResponse<String> invalid = leader.formPost(
                "/suggestions/reports/inspections/new",
                "inspectedOn=&leader=&places=&findings=&requirements=",
                "/suggestions/reports/inspections/new");
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("is-invalid", "data-error=\"suggestionIds\"");
        HttpResponse<String> saved = leader.formPost(
                "/suggestions/reports/inspections/new",
                "inspectedOn=2026-02-10&leader=" + enc("副主任 李强") + "&participants=&places=" + enc("纸坊街道") + "&findings="
                        + enc("进度滞后") + "&requirements=" + enc("倒排工期") + "&suggestionIds=" + keyId,
                "/suggestions/reports/inspections/new");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElse("")).contains("/suggestions/reports/inspections/");
        assertThat(login("staff").page("/suggestions/reports/inspections").body())
                .contains("副主任 李强");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
