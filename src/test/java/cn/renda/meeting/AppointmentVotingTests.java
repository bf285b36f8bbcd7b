package cn.renda.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Appointments voted person by person (逐人表决): one nominee fails among passed ones; the oath of those appointed. */
class AppointmentVotingTests extends FullStackTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final AtomicInteger DAY = new AtomicInteger(1);

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + r.body(), e);
        }
    }

    private JsonNode ok(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return json(r);
    }

    /** A held SC meeting (2026-11, in the past, so the oath can be recorded) with 25 of 29 present and an appointment item. */
    private long[] heldMeetingWithAppointmentItem() {
        String day = String.format("2026-11-%02d", DAY.getAndIncrement());
        long meeting = ok(
                        api(
                                "staff",
                                "POST",
                                "/api/v1/meetings",
                                "{\"kind\":\"SC_MEETING\",\"startsAt\":\"" + day + "T09:00:00\",\"endsAt\":\"" + day
                                        + "T11:30:00\",\"place\":\"第二会议室\"}"),
                        201)
                .path("id")
                .asLong();
        long item = ok(
                        api(
                                "staff",
                                "POST",
                                "/api/v1/meetings/" + meeting + "/items",
                                "{\"type\":\"APPOINTMENT\",\"title\":\"人事任免事项（逐人表决）\"}"),
                        201)
                .path("id")
                .asLong();
        List<Long> members = new ArrayList<>();
        json(get("staff", "/api/v1/meetings/" + meeting))
                .path("attendance")
                .forEach(a -> members.add(a.path("personId").asLong()));
        StringJoiner body = new StringJoiner(",", "{\"attendance\":{", "}}");
        for (int i = 0; i < members.size(); i++) {
            body.add("\"" + members.get(i) + "\":\"" + (i < 25 ? "PRESENT" : "ON_LEAVE") + "\"");
        }
        ok(api("staff", "POST", "/api/v1/meetings/" + meeting + "/status", "{\"status\":\"NOTIFIED\"}"), 200);
        ok(api("staff", "PUT", "/api/v1/meetings/" + meeting + "/attendance", body.toString()), 200);
        return new long[] {meeting, item};
    }

    private long nominee(long item, String name, String office, String unit) {
        return ok(
                        api(
                                "staff",
                                "POST",
                                "/api/v1/meetings/items/" + item + "/nominees",
                                "{\"personName\":\"" + name + "\",\"office\":\"" + office + "\",\"unitName\":\"" + unit
                                        + "\",\"action\":\"APPOINT\"}"),
                        201)
                .path("id")
                .asLong();
    }

    private HttpResponse<String> vote(long item, long nominee, int votesFor, int against, int abstain) {
        return api(
                "staff",
                "POST",
                "/api/v1/meetings/items/" + item + "/nominees/" + nominee + "/vote",
                "{\"votesFor\":" + votesFor + ",\"votesAgainst\":" + against + ",\"votesAbstain\":" + abstain + "}");
    }

    @Test
    void aFailedNomineeAmongPassedOnesIsNotAppointedAndTakesNoOath() {
        long[] m = heldMeetingWithAppointmentItem();
        long item = m[1];
        long a = nominee(item, "周建华", "局长", "区教育局");
        long b = nominee(item, "吴丽萍", "局长", "区民政局");
        long c = nominee(item, "郑国强", "局长", "区司法局");
        assertThat(vote(item, a, 20, 3, 2).statusCode())
                .as("no vote before the meeting is held")
                .isEqualTo(409);
        ok(api("staff", "POST", "/api/v1/meetings/" + m[0] + "/status", "{\"status\":\"HELD\"}"), 200);

        assertThat(ok(vote(item, a, 22, 2, 1), 200).path("passed").asBoolean()).isTrue();
        JsonNode failed = ok(vote(item, b, 14, 8, 3), 200);
        assertThat(failed.path("passed").asBoolean())
                .as("14 of 29 members is not more than half of all members")
                .isFalse();
        assertThat(ok(vote(item, c, 15, 6, 4), 200).path("passed").asBoolean()).isTrue();
        assertThat(vote(item, b, 20, 0, 0).statusCode()).as("voted once").isEqualTo(409);
        assertThat(vote(item, c, 20, 10, 0).statusCode()).isEqualTo(409);

        JsonNode list = ok(get("staff", "/api/v1/meetings/items/" + item + "/nominees"), 200);
        assertThat(list).hasSize(3);
        assertThat(list.get(0).path("appointmentId").isNumber()).isTrue();
        assertThat(list.get(1).path("appointmentId").isNull()).isTrue();
        assertThat(list.get(2).path("appointmentId").isNumber()).isTrue();
        String register = get("staff", "/api/v1/appointments?size=200").body();
        assertThat(register).contains("周建华").contains("郑国强").doesNotContain("吴丽萍");

        String day = json(get("staff", "/api/v1/meetings/" + m[0]))
                .path("meeting")
                .path("startsAt")
                .asText()
                .substring(0, 10);
        assertThat(api(
                                "staff",
                                "POST",
                                "/api/v1/meetings/items/" + item + "/nominees/" + b + "/oath",
                                "{\"oathOn\":\"" + day + "\"}")
                        .statusCode())
                .as("the failed nominee takes no oath")
                .isEqualTo(409);
        JsonNode oath = ok(
                api(
                        "staff",
                        "POST",
                        "/api/v1/meetings/items/" + item + "/nominees/" + a + "/oath",
                        "{\"oathOn\":\"" + day + "\",\"note\":\"常委会主任监誓\"}"),
                200);
        assertThat(oath.path("oathOn").asText()).isEqualTo(day);
        assertThat(api(
                                "staff",
                                "POST",
                                "/api/v1/meetings/items/" + item + "/nominees/" + c + "/oath",
                                "{\"oathOn\":\"2020-01-01\"}")
                        .statusCode())
                .as("not before the meeting")
                .isEqualTo(400);

        String page = login("staff")
                .page("/meetings/" + m[0] + "/items/" + item + "/nominees")
                .body();
        assertThat(page).contains("逐人表决").contains("周建华").contains("吴丽萍").contains("未通过");
        assertThat(page).contains("已进行宪法宣誓");
    }

    @Test
    void nomineeNeedsAKnownUnitAndTalliesWithinThosePresent() {
        long[] m = heldMeetingWithAppointmentItem();
        HttpResponse<String> unknown = api(
                "staff",
                "POST",
                "/api/v1/meetings/items/" + m[1] + "/nominees",
                "{\"personName\":\"某人\",\"office\":\"局长\",\"unitName\":\"没有这个局\",\"action\":\"APPOINT\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("unitName");
        assertThat(ok(get("staff", "/api/v1/meetings/items/" + m[1] + "/nominees"), 200))
                .isEmpty();
        long n = nominee(m[1], "孙志明", "副局长", "区财政局");
        ok(api("staff", "POST", "/api/v1/meetings/" + m[0] + "/status", "{\"status\":\"HELD\"}"), 200);
        assertThat(vote(m[1], n, 26, 0, 0).statusCode())
                .as("26 votes but 25 present")
                .isEqualTo(400);
        assertThat(api(
                                "member",
                                "POST",
                                "/api/v1/meetings/items/" + m[1] + "/nominees/" + n + "/vote",
                                "{\"votesFor\":20}")
                        .statusCode())
                .isEqualTo(403);
    }

    /** The members present at the meeting, in attendance order. */
    private List<Long> present(long meeting) {
        List<Long> out = new ArrayList<>();
        json(get("staff", "/api/v1/meetings/" + meeting)).path("attendance").forEach(a -> {
            if ("PRESENT".equals(a.path("status").asText())) {
                out.add(a.path("personId").asLong());
            }
        });
        return out;
    }

    /** Ballots: the first {@code forCount} present members for, the next {@code againstCount} against, the rest abstain. */
    private static String ballots(List<Long> present, int forCount, int againstCount) {
        StringJoiner b = new StringJoiner(",", "{\"members\":{", "}}");
        for (int i = 0; i < present.size(); i++) {
            String choice = i < forCount ? "FOR" : i < forCount + againstCount ? "AGAINST" : "ABSTAIN";
            b.add("\"" + present.get(i) + "\":\"" + choice + "\"");
        }
        return b.toString();
    }

    @Test
    void nomineesVotedMemberByMemberDeriveTheirTotalsAndOneFailsAmongPassedOnes() {
        long[] m = heldMeetingWithAppointmentItem();
        long item = m[1];
        long a = nominee(item, "冯晓东", "局长", "区教育局");
        long b = nominee(item, "陈雅琴", "局长", "区民政局");
        ok(api("staff", "POST", "/api/v1/meetings/" + m[0] + "/status", "{\"status\":\"HELD\"}"), 200);
        List<Long> present = present(m[0]);
        assertThat(present).hasSize(25);
        String path = "/api/v1/meetings/items/" + item + "/nominees/";

        // a ballot of someone not present is refused and nothing is recorded
        var outsider = api("staff", "POST", path + a + "/vote", "{\"members\":{\"999999999\":\"FOR\"}}");
        assertThat(outsider.statusCode()).isEqualTo(400);
        assertThat(ok(get("staff", path + a + "/ballots"), 200)).isEmpty();

        JsonNode passed = ok(api("staff", "POST", path + a + "/vote", ballots(present, 20, 3)), 200);
        assertThat(passed.path("passed").asBoolean()).isTrue();
        assertThat(passed.path("byMember").asBoolean()).isTrue();
        assertThat(passed.path("votesFor").asInt()).isEqualTo(20);
        assertThat(passed.path("votesAgainst").asInt()).isEqualTo(3);
        assertThat(passed.path("votesAbstain").asInt()).isEqualTo(2);
        JsonNode ballots = ok(get("staff", path + a + "/ballots"), 200);
        assertThat(ballots.size()).isEqualTo(25);
        assertThat(ballots.path(String.valueOf(present.get(0))).asText()).isEqualTo("FOR");
        assertThat(ballots.path(String.valueOf(present.get(21))).asText()).isEqualTo("AGAINST");

        // 14 for of 29 members is not more than half: fails although most present voted for
        JsonNode failed = ok(api("staff", "POST", path + b + "/vote", ballots(present.subList(0, 20), 14, 2)), 200);
        assertThat(failed.path("passed").asBoolean()).isFalse();
        assertThat(failed.path("votesFor").asInt()).isEqualTo(14);
        assertThat(failed.path("votesNotVoting").asInt())
                .as("present members without a ballot")
                .isEqualTo(5);
        String register = get("staff", "/api/v1/appointments?size=200").body();
        assertThat(register).contains("冯晓东").doesNotContain("陈雅琴");

        String page = login("staff")
                .page("/meetings/" + m[0] + "/items/" + item + "/nominees")
                .body();
        assertThat(page).contains("按组成人员逐一表决").contains("未通过");
    }

    @Test
    void theNomineePageRecordsEachPresentMembersBallot() {
        long[] m = heldMeetingWithAppointmentItem();
        long n = nominee(m[1], "蒋文斌", "局长", "区财政局");
        ok(api("staff", "POST", "/api/v1/meetings/" + m[0] + "/status", "{\"status\":\"HELD\"}"), 200);
        List<Long> present = present(m[0]);
        String path = "/meetings/" + m[0] + "/items/" + m[1] + "/nominees";
        var staff = login("staff");
        String form = staff.page(path).body();
        assertThat(form).contains("name=\"v_" + present.get(0) + "\"").contains("每位出席组成人员的表决");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < present.size(); i++) {
            body.append(i == 0 ? "" : "&")
                    .append("v_")
                    .append(present.get(i))
                    .append('=')
                    .append(i < 18 ? "FOR" : "AGAINST");
        }
        var posted = staff.formPost(path + "/" + n + "/vote", body.toString(), path);
        assertThat(posted.statusCode()).isEqualTo(302);
        JsonNode voted = ok(get("staff", "/api/v1/meetings/items/" + m[1] + "/nominees"), 200)
                .get(0);
        assertThat(voted.path("byMember").asBoolean()).isTrue();
        assertThat(voted.path("votesFor").asInt()).isEqualTo(18);
        assertThat(voted.path("votesAgainst").asInt()).isEqualTo(7);
        assertThat(voted.path("passed").asBoolean()).isTrue();
    }

    @Test
    void theNomineeAndItemPagesPickUnitsByNameAndAnUnknownUnitIsAnErrorOnThePicker() {
        long[] m = heldMeetingWithAppointmentItem();
        String path = "/meetings/" + m[0] + "/items/" + m[1] + "/nominees";
        var staff = login("staff");
        assertThat(staff.page(path).body())
                .contains("id=\"unitId-search\"")
                .contains(path + "?pick=unitId")
                .doesNotContain("<datalist");
        assertThat(staff.page("/meetings/" + m[0] + "/items/new").body())
                .contains("id=\"reportingUnitId-search\"")
                .doesNotContain("<select class=\"form-select\" id=\"reportingUnitId\"");
        assertThat(staff.page("/meetings/" + m[0] + "/items/" + m[1] + "?pick=other&q=x")
                        .statusCode())
                .isEqualTo(404);
        String options = staff.page(path + "?pick=unitId&q=" + enc("教育")).body();
        java.util.regex.Matcher unit = java.util.regex.Pattern.compile(
                        "(?s)value=\"(\\d+)\"(?:(?!value=).)*?区教育局</span>")
                .matcher(options);
        assertThat(unit.find()).as(options).isTrue();

        var refused = staff.formPost(
                path, "personName=" + enc("钱志强") + "&office=" + enc("局长") + "&unitId=999999999&action=APPOINT", path);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("id=\"unitId-error\"")
                .containsPattern("id=\"unitId-search\"[^>]*aria-invalid=\"true\"");
        assertThat(ok(get("staff", "/api/v1/meetings/items/" + m[1] + "/nominees"), 200))
                .isEmpty();

        var added = staff.formPost(
                path,
                "personName=" + enc("钱志强") + "&office=" + enc("局长") + "&unitId=" + unit.group(1) + "&action=APPOINT",
                path);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
        assertThat(ok(get("staff", "/api/v1/meetings/items/" + m[1] + "/nominees"), 200)
                        .get(0)
                        .path("unitName")
                        .asText())
                .isEqualTo("区教育局");
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
