package cn.renda.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

/** Meeting pages (list, form errors, meeting page with quorum banner, vote, minutes, registers) and the iCalendar feed. */
class MeetingPageTests extends FullStackTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    private long createMeeting(String startsAt) {
        HttpResponse<String> created = api(
                "staff",
                "POST",
                "/api/v1/meetings",
                "{\"kind\":\"SC_MEETING\",\"startsAt\":\"" + startsAt + "\",\"place\":\"机关第一会议室\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).path("id").asLong();
    }

    @Test
    void listFiltersByKindAndYearAndLinksTheRegisters() {
        var staff = login("staff");
        HttpResponse<String> list = staff.page("/meetings?kind=SC_MEETING&year=2023");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body())
                .contains("江夏区第七届人大常委会第十三次会议")
                .contains("江夏区第七届人大常委会第九次会议")
                .doesNotContain("主任会议</td>")
                .contains("/meetings/resolutions")
                .contains("/meetings/appointments");
        assertThat(staff.page("/").body())
                .as("home card with its hint")
                .contains("/meetings")
                .contains("议程、出席、表决、决议决定和任免");
        HttpResponse<String> en = staff.page("/meetings?kind=DIRECTORS_MEETING&year=2023&lang=en");
        assertThat(en.body()).contains("Directors&#39; meeting").contains("2023年第9次主任会议");
    }

    @Test
    void createFormShowsFieldErrorsAndCreatesANumberedScMeeting() {
        var staff = login("staff");
        HttpResponse<String> form = staff.page("/meetings/new");
        assertThat(form.statusCode()).isEqualTo(200);
        HttpResponse<String> invalid =
                staff.formPost("/meetings/new", "kind=DIRECTORS_MEETING&title=&startsAt=", "/meetings/new");
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("is-invalid").contains("startsAt-error");
        HttpResponse<String> created = staff.formPost(
                "/meetings/new",
                "kind=SC_MEETING&startsAt=2027-06-10T09:00&place=%E4%BC%9A%E8%AE%AE%E5%AE%A4",
                "/meetings/new");
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> page = staff.page(java.net.URI.create(location).getPath());
        assertThat(page.body()).contains("江夏区第七届人大常委会第").contains("筹备中");
        assertThat(login("member").page("/meetings/new").statusCode())
                .as("members may not plan meetings")
                .isEqualTo(403);
    }

    @Test
    void meetingPageSaysWhetherTheQuorumIsReachedBeforeTheVoteAndShowsTheResultAtOnce() {
        long id = createMeeting("2027-06-15T09:00:00");
        long item = json(api(
                        "staff",
                        "POST",
                        "/api/v1/meetings/" + id + "/items",
                        "{\"type\":\"RESOLUTION\",\"title\":\"关于召开区人民代表大会的决定\"}"))
                .path("id")
                .asLong();
        api("staff", "POST", "/api/v1/meetings/" + id + "/status", "{\"status\":\"NOTIFIED\"}");
        var staff = login("staff");
        String path = "/meetings/" + id;
        assertThat(staff.page(path).body()).contains("未超过半数");

        List<Long> members =
                json(get("staff", "/api/v1/meetings/" + id)).path("attendance").findValues("personId").stream()
                        .map(JsonNode::asLong)
                        .toList();
        StringBuilder form = new StringBuilder("x=1");
        for (int i = 0; i < members.size(); i++) {
            form.append("&a_").append(members.get(i)).append('=').append(i < 16 ? "PRESENT" : "ABSENT");
        }
        assertThat(staff.formPost(path + "/attendance", form.toString(), path).statusCode())
                .isEqualTo(302);
        assertThat(staff.formPost(path + "/status", "status=HELD", path).statusCode())
                .isEqualTo(302);
        String held = staff.page(path).body();
        assertThat(held).contains("出席 16 人,超过半数(需 15 人)").contains("表决前").contains("已召开");

        // The htmx vote answers with the item's card showing the result at once.
        HttpResponse<String> voted =
                staff.htmxPost(path + "/items/" + item + "/votes", "votesFor=15&votesAgainst=1", path);
        assertThat(voted.statusCode()).isEqualTo(200);
        assertThat(voted.body())
                .contains("id=\"item-" + item + "\"")
                .contains("通过")
                .contains("赞成 15,反对 1")
                .doesNotContain("<html");
        HttpResponse<String> again = staff.htmxPost(path + "/items/" + item + "/votes", "votesFor=16", path);
        assertThat(again.body()).as("voted once").doesNotContain("记录表决");
        assertThat(staff.page(path).body()).contains("赞成 15,反对 1");

        HttpResponse<String> minutes = staff.page(path + "/minutes");
        assertThat(minutes.statusCode()).isEqualTo(200);
        assertThat(minutes.body())
                .contains("会议纪要")
                .contains("应到 29 人,实到 16 人,请假 0 人,缺席 13 人")
                .contains("关于召开区人民代表大会的决定");
    }

    @Test
    void registersListTheSeedsResolutionsAndAppointmentPersonTimes() {
        var member = login("member");
        HttpResponse<String> resolutions = member.page("/meetings/resolutions?year=2023");
        assertThat(resolutions.statusCode()).isEqualTo(200);
        assertThat(resolutions.body()).contains("关于加强湿地保护工作的决议").contains("〔2023〕1号");
        HttpResponse<String> appointments = member.page("/meetings/appointments?year=2023");
        assertThat(appointments.body()).contains("共 71 人次").contains("任命");
        assertThat(member.page("/meetings/appointments?year=2023&page=3").body())
                .contains("4 / 4");
    }

    @Test
    void calendarFeedParsesAndHasTheMeetingInShanghaiTime() throws Exception {
        long id = createMeeting("2027-07-01T09:30:00");
        var staff = login("staff");
        HttpResponse<String> feed = staff.page("/meetings/calendar.ics");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        calendar.validate();
        VEvent event = calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getProperty("UID")
                        .map(u -> u.getValue().startsWith("meeting-" + id + "-"))
                        .orElse(false))
                .findFirst()
                .orElseThrow();
        DtStart<Temporal> start = event.<Temporal>getStartDate().orElseThrow();
        assertThat(start.getParameter(Parameter.TZID).map(Parameter::getValue)).hasValue("Asia/Shanghai");
        assertThat(ZonedDateTime.from(start.getDate()).toInstant())
                .isEqualTo(ZonedDateTime.of(2027, 7, 1, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai"))
                        .toInstant());
        assertThat(feed.body()).contains("BEGIN:VTIMEZONE").contains("TZID:Asia/Shanghai");
        assertThat(login("member").page("/meetings/calendar.ics").body())
                .as("an SC member's feed has the SC meetings")
                .contains("meeting-" + id + "-");
        assertThat(login("unit").page("/meetings/calendar.ics").body())
                .as("a unit officer attends none")
                .doesNotContain("meeting-" + id + "-");
        assertThat(anonymous().page("/meetings/calendar.ics").statusCode())
                .as("sign-in needed")
                .isIn(302, 401);
    }

    @Test
    void membersVoteOneByOneOnTheItemPage() {
        long id = createMeeting("2027-06-20T09:00:00");
        long item = json(api(
                        "staff",
                        "POST",
                        "/api/v1/meetings/" + id + "/items",
                        "{\"type\":\"APPOINTMENT\",\"title\":\"人事任免事项\"}"))
                .path("id")
                .asLong();
        api("staff", "POST", "/api/v1/meetings/" + id + "/status", "{\"status\":\"NOTIFIED\"}");
        List<Long> members =
                json(get("staff", "/api/v1/meetings/" + id)).path("attendance").findValues("personId").stream()
                        .map(JsonNode::asLong)
                        .toList();
        StringBuilder attendance = new StringBuilder("{\"attendance\":{");
        for (int i = 0; i < members.size(); i++) {
            attendance
                    .append(i == 0 ? "" : ",")
                    .append('"')
                    .append(members.get(i))
                    .append("\":\"")
                    .append(i < 15 ? "PRESENT" : "ABSENT")
                    .append('"');
        }
        api(
                "staff",
                "PUT",
                "/api/v1/meetings/" + id + "/attendance",
                attendance.append("}}").toString());
        api("staff", "POST", "/api/v1/meetings/" + id + "/status", "{\"status\":\"HELD\"}");

        var staff = login("staff");
        String path = "/meetings/" + id + "/items/" + item;
        String page = staff.page(path).body();
        assertThat(page).contains("按成员表决").contains("name=\"v_" + members.get(14) + "\"");
        assertThat(page).doesNotContain("name=\"v_" + members.get(15) + "\"");
        StringBuilder votes = new StringBuilder("x=1");
        for (int i = 0; i < 15; i++) {
            votes.append("&v_").append(members.get(i)).append('=').append(i < 14 ? "FOR" : "AGAINST");
        }
        assertThat(staff.formPost(path + "/votes", votes.toString(), path).statusCode())
                .isEqualTo(302);
        JsonNode vote =
                json(get("staff", "/api/v1/meetings/" + id + "/items/" + item)).path("vote");
        assertThat(vote.path("byMember").asBoolean()).isTrue();
        assertThat(vote.path("votesFor").asInt()).isEqualTo(14);
        assertThat(vote.path("passed").asBoolean())
                .as("14 of 29 is not a majority of all members")
                .isFalse();
        assertThat(staff.page(path).body()).contains("未通过").doesNotContain("按成员表决");
    }
}
