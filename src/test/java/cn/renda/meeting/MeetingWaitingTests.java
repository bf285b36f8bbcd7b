package cn.renda.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Meeting work on the home page, in the navigation badge and on 我的待办: staff see meetings to notify,
 * attendance and votes to record and minutes to approve; SC members the draft resolutions to review and the
 * meetings to attend. Counts are compared before and after, since other tests add meetings too.
 */
class MeetingWaitingTests extends FullStackTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** A waiting entry on a page: its link and count (0 and null when absent). */
    private record Entry(long count, String href) {}

    private static Entry entry(String html, String label) {
        Matcher m = Pattern.compile("<a[^>]*href=\"([^\"]*)\"[^>]*data-waiting>\\s*<span>" + Pattern.quote(label)
                        + "</span>\\s*<span[^>]*>(\\d+)</span>")
                .matcher(html);
        return m.find() ? new Entry(Long.parseLong(m.group(2)), m.group(1)) : new Entry(0, null);
    }

    private long scMeeting(LocalDate day) {
        HttpResponse<String> created = api(
                "staff",
                "POST",
                "/api/v1/meetings",
                "{\"kind\":\"SC_MEETING\",\"startsAt\":\"" + day + "T09:00:00\",\"place\":\"机关第一会议室\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).path("id").asLong();
    }

    private void move(long meeting, String status) {
        HttpResponse<String> moved =
                api("staff", "POST", "/api/v1/meetings/" + meeting + "/status", "{\"status\":\"" + status + "\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void staffSeeMeetingsToNotifyAttendanceAndVotesToRecordAndMinutesToApprove() {
        var staff = login("staff");
        String home = staff.page("/").body();
        Entry notify = entry(home, "待发出通知的会议");
        Entry attendance = entry(home, "已开始但未登记出席的常委会会议");
        Entry votes = entry(home, "待登记表决结果的议题");
        Entry minutes = entry(home, "待审定纪要的会议");

        long coming = scMeeting(today().plusDays(30));
        assertThat(entry(staff.page("/").body(), "待发出通知的会议").count())
                .as("a planned meeting waits for its notice")
                .isEqualTo(notify.count() + 1);

        // A meeting that began this morning, notified, with a resolution on the agenda and no attendance yet.
        long begun = scMeeting(today().minusDays(1));
        HttpResponse<String> item = api(
                "staff",
                "POST",
                "/api/v1/meetings/" + begun + "/items",
                "{\"type\":\"RESOLUTION\",\"title\":\"关于召开区第七届人民代表大会第五次会议的决定\"}");
        assertThat(item.statusCode()).as(item.body()).isEqualTo(201);
        move(begun, "NOTIFIED");
        home = staff.page("/").body();
        Entry noAttendance = entry(home, "已开始但未登记出席的常委会会议");
        assertThat(noAttendance.count()).isEqualTo(attendance.count() + 1);
        assertThat(noAttendance.href()).as("links to a meeting page").matches("/meetings/\\d+");
        if (attendance.count() == 0) {
            assertThat(noAttendance.href()).isEqualTo("/meetings/" + begun);
        }

        // Everyone present (the meeting needs its quorum to be held).
        StringBuilder all = new StringBuilder();
        for (JsonNode a :
                json(api("staff", "GET", "/api/v1/meetings/" + begun, null)).path("attendance")) {
            all.append(all.isEmpty() ? "" : ",")
                    .append('"')
                    .append(a.path("personId").asLong())
                    .append("\":\"PRESENT\"");
        }
        HttpResponse<String> recorded =
                api("staff", "PUT", "/api/v1/meetings/" + begun + "/attendance", "{\"attendance\":{" + all + "}}");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        move(begun, "HELD");
        home = staff.page("/").body();
        assertThat(entry(home, "已开始但未登记出席的常委会会议").count())
                .as("recorded attendance no longer waits")
                .isEqualTo(attendance.count());
        assertThat(entry(home, "待登记表决结果的议题").count()).isEqualTo(votes.count() + 1);
        Entry toApprove = entry(home, "待审定纪要的会议");
        assertThat(toApprove.count()).isEqualTo(minutes.count() + 1);
        assertThat(toApprove.href()).isEqualTo("/meetings?status=HELD");

        String nav = home.substring(0, home.indexOf("</nav>"));
        assertThat(nav).as("the 会议 entry carries a badge").contains("id=\"nav-count-meetings\"");

        String todo = staff.page("/todo").body();
        assertThat(todo)
                .as("我的待办 lists the other modules' waiting work beside the worklists")
                .contains("id=\"tab-TO_ASSIGN\"")
                .contains("待发出通知的会议")
                .contains("待审定纪要的会议");
        assertThat(entry(todo, "待发出通知的会议").count()).isGreaterThanOrEqualTo(1);
        assertThat(coming).isPositive();
    }

    @Test
    void membersSeeDraftResolutionsToReviewUntilTheyOpenThemAndTheMeetingsToAttend() {
        var member = login("member");
        String home = member.page("/").body();
        Entry drafts = entry(home, "待审阅的决议草案");
        Entry attend = entry(home, "近两周待出席的会议");

        long meeting = scMeeting(today().plusDays(5));
        move(meeting, "NOTIFIED");
        String boundary = "renda-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nDRAFT_RESOLUTION\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n决议草案\r\n"
                + "--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"draft.txt\"\r\nContent-Type: text/plain\r\n\r\n"
                + "关于批准2023年区级预算调整方案的决议(草案)\r\n--" + boundary + "--\r\n";
        HttpResponse<String> uploaded = send(HttpRequest.newBuilder(uri("/api/v1/meetings/" + meeting + "/documents"))
                .header("Authorization", basic("staff", DEMO_PASSWORD))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        long document = json(uploaded).path("id").asLong();

        home = member.page("/").body();
        Entry toReview = entry(home, "待审阅的决议草案");
        assertThat(toReview.count()).isEqualTo(drafts.count() + 1);
        assertThat(toReview.href()).as("opens the meeting's documents").matches("/meetings/\\d+#documents");
        assertThat(entry(home, "近两周待出席的会议").count()).isEqualTo(attend.count() + 1);
        assertThat(member.page("/todo").body()).as("members' 我的待办 too").contains("待审阅的决议草案");

        assertThat(get("member", "/api/v1/meetings/" + meeting + "/documents/" + document)
                        .statusCode())
                .isEqualTo(200);
        assertThat(entry(member.page("/").body(), "待审阅的决议草案").count())
                .as("an opened draft no longer waits")
                .isEqualTo(drafts.count());
        assertThat(entry(login("deputy").page("/").body(), "待审阅的决议草案").count())
                .as("not for deputies outside the SC")
                .isZero();
        assertThat(member.page("/?lang=en").body()).contains("Meetings to attend in the next two weeks");
    }
}
