package cn.renda.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The outreach API beyond opinions: themes and orders, activities, station duty, training and the per-deputy
 * figures — paged lists, create, read, problem+json errors that write nothing, and the OpenAPI description.
 */
class OutreachApiTests extends OutreachSupport {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private static void problem(HttpResponse<String> r, int status, String field) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
        if (field != null) {
            assertThat(JSON.readTree(r.body()).path("errors").toString()).contains("\"field\":\"" + field + "\"");
        }
    }

    @Test
    void themesAndOrdersAreListedPagedCreatedAndRead() {
        int year = TODAY.getYear();
        JsonNode page = json(get("staff", "/api/v1/outreach/themes?year=" + year + "&size=3"), 200);
        assertThat(page.path("size").asInt()).isEqualTo(3);
        assertThat(page.path("items")).hasSize(3);
        long before = page.path("total").asLong();
        assertThat(before).isGreaterThanOrEqualTo(8);

        JsonNode theme = json(
                api(
                        "staff",
                        "POST",
                        "/api/v1/outreach/themes",
                        "{\"title\":\"防汛备汛\",\"guidance\":\"走访堤防和排涝泵站\",\"year\":" + year + ",\"quarter\":2}"),
                201);
        long id = theme.path("id").asLong();
        assertThat(json(get("deputy", "/api/v1/outreach/themes/" + id), 200)
                        .path("title")
                        .asString())
                .isEqualTo("防汛备汛");
        // the same title in the same quarter is refused, and a fifth quarter names the field; nothing is written
        problem(
                api(
                        "staff",
                        "POST",
                        "/api/v1/outreach/themes",
                        "{\"title\":\"防汛备汛\",\"year\":" + year + ",\"quarter\":2}"),
                400,
                "title");
        problem(
                api(
                        "staff",
                        "POST",
                        "/api/v1/outreach/themes",
                        "{\"title\":\"第五季度\",\"year\":" + year + ",\"quarter\":5}"),
                400,
                "quarter");
        assertThat(json(get("staff", "/api/v1/outreach/themes?year=" + year), 200)
                        .path("total")
                        .asLong())
                .isEqualTo(before + 1);
        // street staff publish their street's own theme without naming the street
        JsonNode own = json(
                api(
                        "street",
                        "POST",
                        "/api/v1/outreach/themes",
                        "{\"title\":\"荷塘保洁\",\"year\":" + year + ",\"quarter\":3}"),
                201);
        assertThat(own.path("streetName").asString()).isEqualTo("法泗街");
        assertThat(api(
                                "deputy",
                                "POST",
                                "/api/v1/outreach/themes",
                                "{\"title\":\"x\",\"year\":" + year + ",\"quarter\":1}")
                        .statusCode())
                .isEqualTo(403);

        long group = json(get("street", "/api/v1/groups?size=1&q=" + enc("法泗")), 200)
                .path("items")
                .get(0)
                .path("id")
                .asLong();
        JsonNode order = json(
                api(
                        "street",
                        "POST",
                        "/api/v1/outreach/themes/" + id + "/orders",
                        "{\"groupId\":" + group + ",\"plannedActivities\":2,\"plan\":\"汛前走访两次\"}"),
                201);
        assertThat(order.path("plannedActivities").asInt()).isEqualTo(2);
        assertThat(order.path("activitiesHeld").asLong()).isZero();
        JsonNode orders = json(get("staff", "/api/v1/outreach/themes/" + id + "/orders"), 200);
        assertThat(orders.path("total").asLong()).isEqualTo(1);
        assertThat(json(
                                get(
                                        "staff",
                                        "/api/v1/outreach/themes/" + id + "/orders/"
                                                + order.path("id").asLong()),
                                200)
                        .path("plan")
                        .asString())
                .isEqualTo("汛前走访两次");
        problem(get("staff", "/api/v1/outreach/themes/" + id + "/orders/999999999"), 404, null);
        problem(
                api(
                        "street",
                        "POST",
                        "/api/v1/outreach/themes/" + id + "/orders",
                        "{\"groupId\":" + group + ",\"plannedActivities\":0}"),
                400,
                "plannedActivities");
    }

    @Test
    void activitiesAreRecordedListedAndReadWithTheirPhotos() {
        int year = TODAY.getYear();
        long total = json(get("staff", "/api/v1/outreach/activities?year=" + year + "&size=1"), 200)
                .path("total")
                .asLong();
        JsonNode created = json(
                api(
                        "deputy",
                        "POST",
                        "/api/v1/outreach/activities",
                        "{\"title\":\"接访日走访\",\"heldOn\":\"" + TODAY + "\",\"place\":\"代表工作室\",\"votersMet\":15}"),
                201);
        long id = created.path("activity").path("id").asLong();
        assertThat(created.path("activity").path("deputyNames")).isNotEmpty();
        JsonNode one = json(get("street", "/api/v1/outreach/activities/" + id), 200);
        assertThat(one.path("activity").path("votersMet").asInt()).isEqualTo(15);
        assertThat(one.path("photos")).isEmpty();
        JsonNode list =
                json(get("staff", "/api/v1/outreach/activities?year=" + year + "&size=5&sort=heldOn&dir=desc"), 200);
        assertThat(list.path("total").asLong()).isEqualTo(total + 1);
        assertThat(list.path("items")).hasSizeLessThanOrEqualTo(5);
        // a date in the future names the field and writes nothing
        problem(
                api(
                        "deputy",
                        "POST",
                        "/api/v1/outreach/activities",
                        "{\"title\":\"明天的活动\",\"heldOn\":\"" + TODAY.plusDays(3) + "\",\"votersMet\":1}"),
                400,
                "heldOn");
        problem(api("deputy", "POST", "/api/v1/outreach/activities", "{\"heldOn\":\"" + TODAY + "\"}"), 400, "title");
        assertThat(json(get("staff", "/api/v1/outreach/activities?year=" + year + "&size=1"), 200)
                        .path("total")
                        .asLong())
                .isEqualTo(total + 1);
        assertThat(get("unit", "/api/v1/outreach/activities").statusCode()).isEqualTo(403);
    }

    @Test
    void dutyDaysAndTrainingAttendanceAreKeptByPersonAndCountInTheFigures() {
        JsonNode stations = json(get("street", "/api/v1/stations?size=200"), 200);
        long station = 0;
        for (JsonNode s : stations.path("items")) {
            if ("法泗街".equals(s.path("streetName").asString())
                    && s.path("active").asBoolean(true)) {
                station = s.path("id").asLong();
                break;
            }
        }
        assertThat(station).isPositive();
        long me = Long.parseLong(find(
                login("deputy")
                        .page("/outreach/deputies/me")
                        .headers()
                        .firstValue("Location")
                        .orElseThrow(),
                "/outreach/deputies/(\\d+)"));
        LocalDate day = TODAY.minusDays(100);
        int year = day.getYear();
        JsonNode before = json(get("deputy", "/api/v1/outreach/figures/deputies/" + me + "?year=" + year), 200);

        JsonNode duty = json(
                api(
                        "street",
                        "POST",
                        "/api/v1/outreach/duty",
                        "{\"stationId\":" + station + ",\"dutyOn\":\"" + day + "\",\"deputyIds\":[" + me + "]}"),
                201);
        long dutyId = duty.path("id").asLong();
        assertThat(duty.path("deputyIds").get(0).asLong()).isEqualTo(me);
        json(
                api(
                        "street",
                        "POST",
                        "/api/v1/outreach/duty/" + dutyId + "/reception",
                        "{\"votersReceived\":7,\"note\":\"反映停车难\"}"),
                200);
        problem(
                api("street", "PUT", "/api/v1/outreach/duty/" + dutyId + "/deputies", "{\"deputyIds\":[999999999]}"),
                400,
                "deputyIds");
        assertThat(json(get("staff", "/api/v1/outreach/duty/" + dutyId), 200)
                        .path("deputyIds")
                        .get(0)
                        .asLong())
                .isEqualTo(me);

        JsonNode training = json(
                api(
                        "staff",
                        "POST",
                        "/api/v1/outreach/trainings",
                        "{\"kind\":\"COURSE\",\"title\":\"代表履职培训班\",\"heldOn\":\"" + day
                                + "\",\"place\":\"区委党校\",\"attendees\":0,\"deputyIds\":[" + me + "]}"),
                201);
        assertThat(training.path("deputies").get(0).path("personId").asLong()).isEqualTo(me);
        assertThat(training.path("training").path("attendees").asInt()).isEqualTo(1);
        problem(
                api(
                        "staff",
                        "POST",
                        "/api/v1/outreach/trainings",
                        "{\"kind\":\"COURSE\",\"title\":\"不应保存\",\"heldOn\":\"" + day
                                + "\",\"deputyIds\":[999999999]}"),
                400,
                "deputyIds");
        assertThat(json(get("staff", "/api/v1/outreach/trainings?size=200"), 200)
                        .toString())
                .doesNotContain("不应保存");
        assertThat(api(
                                "deputy",
                                "POST",
                                "/api/v1/outreach/trainings",
                                "{\"kind\":\"COURSE\",\"title\":\"自己办的班\",\"heldOn\":\"" + day + "\"}")
                        .statusCode())
                .isEqualTo(403);

        JsonNode after = json(get("deputy", "/api/v1/outreach/figures/deputies/" + me + "?year=" + year), 200);
        assertThat(after.path("dutyDays").asLong())
                .isEqualTo(before.path("dutyDays").asLong() + 1);
        assertThat(after.path("votersReceived").asLong())
                .isEqualTo(before.path("votersReceived").asLong() + 7);
        assertThat(after.path("trainings").asLong())
                .isEqualTo(before.path("trainings").asLong() + 1);
        // a deputy sees only their own figures; the committee every deputy's and the congress's totals
        JsonNode all = json(get("staff", "/api/v1/outreach/figures/deputies?year=" + year + "&size=500"), 200);
        assertThat(all.path("total").asLong()).isPositive();
        long other = 0;
        for (JsonNode f : all.path("items")) {
            if (f.path("personId").asLong() != me) {
                other = f.path("personId").asLong();
                break;
            }
        }
        assertThat(get("deputy", "/api/v1/outreach/figures/deputies/" + other + "?year=" + year)
                        .statusCode())
                .isEqualTo(403);
        JsonNode congress = json(get("staff", "/api/v1/outreach/figures/congress?year=" + year), 200);
        assertThat(congress.path("trainingAttendances").asLong())
                .isGreaterThanOrEqualTo(after.path("trainings").asLong());
    }

    @Test
    void theOpenApiDescriptionNamesTheOutreachEndpoints() {
        String docs = get("staff", "/v3/api-docs").body();
        assertThat(docs)
                .contains("/api/v1/outreach/themes")
                .contains("/api/v1/outreach/themes/{id}/orders")
                .contains("/api/v1/outreach/activities")
                .contains("/api/v1/outreach/duty")
                .contains("/api/v1/outreach/trainings")
                .contains("/api/v1/outreach/figures/deputies");
    }
}
