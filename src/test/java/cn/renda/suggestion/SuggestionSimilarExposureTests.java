package cn.renda.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Similar cases while typing: deputies see only published cases and their own; the office sees all. */
class SuggestionSimilarExposureTests extends FullStackTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final String TEXT = "汤逊湖 排污口 蓝藻 水质 老旧小区 雨污管网 公交站点 养老 学校";

    static JsonNode json(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    long deputyDraft() {
        String body = "{\"title\":\"关于汤逊湖排污口整治和水质提升的建议\",\"content\":\"" + TEXT + "\"}";
        HttpResponse<String> r = api("deputy", "POST", "/api/v1/suggestions", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).path("id").asLong();
    }

    @Test
    void deputySeesOnlyPublishedOrOwnSimilarCasesThroughTheApi() {
        long draft = deputyDraft();
        JsonNode staffHits = json(get("staff", "/api/v1/suggestions/similar?limit=50&text=" + enc(TEXT)));
        List<Long> hidden = new ArrayList<>();
        for (JsonNode h : staffHits) {
            if (get("deputy", "/api/v1/cases/" + h.path("caseId").asLong()).statusCode() == 404) {
                hidden.add(h.path("caseId").asLong());
            }
        }
        assertThat(hidden).as("the office sees cases a deputy may not").isNotEmpty();

        for (String path : List.of(
                "/api/v1/suggestions/similar?limit=50&text=" + enc(TEXT),
                "/api/v1/suggestions/" + draft + "/similar?limit=50")) {
            JsonNode hits = json(get("deputy", path));
            assertThat(hits.size()).as(path).isPositive();
            for (JsonNode h : hits) {
                long caseId = h.path("caseId").asLong();
                assertThat(hidden).as(path).doesNotContain(caseId);
                assertThat(get("deputy", "/api/v1/cases/" + caseId).statusCode())
                        .as("deputy may open every hit " + caseId)
                        .isEqualTo(200);
            }
        }
    }

    @Test
    void typingFragmentDoesNotLeakTitlesOrNumbersOfOthersUnpublishedCases() {
        JsonNode staffHits = json(get("staff", "/api/v1/suggestions/similar?limit=5&text=" + enc(TEXT)));
        String staffFragment =
                login("staff").page("/suggestions/similar?text=" + enc(TEXT)).body();
        String deputyFragment =
                login("deputy").page("/suggestions/similar?text=" + enc(TEXT)).body();
        int hiddenChecked = 0;
        for (JsonNode h : staffHits) {
            assertThat(staffFragment).contains(h.path("number").asString());
            if (get("deputy", "/api/v1/cases/" + h.path("caseId").asLong()).statusCode() == 404) {
                hiddenChecked++;
                assertThat(deputyFragment).doesNotContain(h.path("number").asString());
                assertThat(deputyFragment).doesNotContain(h.path("title").asString());
            }
        }
        assertThat(hiddenChecked)
                .as("some staff hits are unpublished cases of others")
                .isPositive();
        assertThat(deputyFragment).contains("data-similar");
    }
}
