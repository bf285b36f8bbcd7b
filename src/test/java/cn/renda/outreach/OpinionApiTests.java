package cn.renda.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The voter opinion API: paged lists scoped to the street, steps with versions, problems as problem+json. */
class OpinionApiTests extends OutreachSupport {

    @Test
    void streetEntersTriagesAndAnswersThroughTheApi() {
        JsonNode created = json(
                api(
                        "street",
                        "POST",
                        "/api/v1/outreach/opinions",
                        "{\"content\":\"法泗街菜场排水沟堵塞，气味很大。\",\"citizenPhone\":\"13600001234\"}"),
                201);
        long id = created.path("id").asLong();
        assertThat(created.path("state").asString()).isEqualTo("RECEIVED");
        assertThat(created.path("citizenPhone").asString()).isEqualTo("136****1234");
        assertThat(created.toString()).doesNotContain("13600001234");

        JsonNode list = json(get("street", "/api/v1/outreach/opinions?state=RECEIVED&size=5"), 200);
        assertThat(list.path("size").asInt()).isEqualTo(5);
        assertThat(list.path("total").asLong()).isPositive();
        assertThat(list.path("items"))
                .allSatisfy(o -> assertThat(o.path("streetName").asString()).isEqualTo("法泗街"));

        JsonNode atStreet = json(
                api(
                        "street",
                        "POST",
                        "/api/v1/outreach/opinions/" + id + "/street",
                        "{\"version\":0,\"category\":\"城市建设\"}"),
                200);
        assertThat(atStreet.path("state").asString()).isEqualTo("STREET_HANDLING");
        // the same version again: someone was first
        assertThat(api(
                                "street",
                                "POST",
                                "/api/v1/outreach/opinions/" + id + "/answer",
                                "{\"version\":0,\"reply\":\"已疏通\"}")
                        .statusCode())
                .isEqualTo(409);
        var bad =
                api("street", "POST", "/api/v1/outreach/opinions/" + id + "/answer", "{\"version\":1,\"reply\":\"\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
        JsonNode answered = json(
                api(
                        "street",
                        "POST",
                        "/api/v1/outreach/opinions/" + id + "/answer",
                        "{\"version\":1,\"reply\":\"已疏通排水沟。\"}"),
                200);
        assertThat(answered.path("state").asString()).isEqualTo("ANSWERED");
        assertThat(api("unit", "GET", "/api/v1/outreach/opinions", null).statusCode())
                .isEqualTo(403);
    }
}
