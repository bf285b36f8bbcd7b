package cn.renda.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import org.junit.jupiter.api.Test;

/** Dates PostgreSQL turns into infinity and NUL characters answer 400 and write nothing. */
class HostileInputTests extends FullStackTest {

    private long meetingTotal() {
        var r = get("staff", "/api/v1/meetings?size=1");
        assertThat(r.statusCode()).isEqualTo(200);
        return Long.parseLong(r.body().replaceAll(".*\"total\":(\\d+).*", "$1"));
    }

    @Test
    void meetingAtTheEndOfTimeIsRefusedAndNothingIsStored() {
        long before = meetingTotal();
        var r = api(
                "staff",
                "POST",
                "/api/v1/meetings",
                "{\"kind\":\"SC_MEETING\",\"startsAt\":\"-999999999-01-01T00:00:00\",\"title\":\"x\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.body()).contains("startsAt");
        var far = api(
                "staff",
                "POST",
                "/api/v1/meetings",
                "{\"kind\":\"SC_MEETING\",\"startsAt\":\"+999999999-12-31T23:59:59\",\"title\":\"x\"}");
        assertThat(far.statusCode()).isEqualTo(400);
        assertThat(meetingTotal()).isEqualTo(before);
    }

    @Test
    void nulCharacterInABodyIsRefusedWithTheField() {
        var r = api(
                "staff",
                "POST",
                "/api/v1/meetings",
                "{\"kind\":\"SC_MEETING\",\"startsAt\":\"2026-12-20T09:00:00\"," + "\"title\":\"bad\\u0000title\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"title\"");
    }

    @Test
    void nulCharacterInAQueryIsRefusedAsAProblem() {
        var api = get("staff", "/api/v1/suggestions?q=%00");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        var page = login("staff").page("/cases?q=a%00b");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).doesNotContain("Exception");
    }
}
