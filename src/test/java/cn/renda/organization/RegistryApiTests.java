package cn.renda.organization;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry API: CRUD, validation as problem+json, tenant isolation (404 across congresses), street scope. */
class RegistryApiTests extends FullStackTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<String> errorFields(HttpResponse<String> response) {
        List<String> fields = new ArrayList<>();
        json(response).path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    private long firstId(String user, String path) {
        HttpResponse<String> list = get(user, path);
        assertThat(list.statusCode()).isEqualTo(200);
        return json(list).path("items").get(0).path("id").asLong();
    }

    private long streetId(String user, String name) {
        HttpResponse<String> deputies = get(user, "/api/v1/deputies?size=200");
        for (JsonNode d : json(deputies).path("items")) {
            if (name.equals(d.path("streetName").asText())) {
                return d.path("streetId").asLong();
            }
        }
        throw new AssertionError("no deputy in " + name);
    }

    @Test
    void unitIsCreatedReadUpdatedAndDeactivatedButNeverDeleted() {
        HttpResponse<String> created = api(
                "staff",
                "POST",
                "/api/v1/units",
                "{\"name\":\"接口测试单位\",\"type\":\"OTHER\",\"phone\":\"13912345678\",\"address\":\"文化大道 1 号\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode unit = json(created);
        long id = unit.path("id").asLong();
        assertThat(unit.path("phone").asText()).isEqualTo("139****5678");
        assertThat(created.body()).doesNotContain("13912345678");

        HttpResponse<String> updated =
                api("staff", "PUT", "/api/v1/units/" + id, "{\"name\":\"接口测试单位(改)\",\"type\":\"OTHER\"}");
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(json(updated).path("name").asText()).isEqualTo("接口测试单位(改)");
        assertThat(json(updated).path("phone").asText())
                .as("null phone keeps the number")
                .isEqualTo("139****5678");

        HttpResponse<String> deactivated = api("staff", "POST", "/api/v1/units/" + id + "/deactivate", null);
        assertThat(json(deactivated).path("active").asBoolean()).isFalse();
        HttpResponse<String> again = get("deputy", "/api/v1/units/" + id);
        assertThat(again.statusCode()).isEqualTo(200);
        HttpResponse<String> inactive = get("staff", "/api/v1/units?active=false&q=" + enc("接口测试单位"));
        assertThat(json(inactive).path("total").asLong()).isEqualTo(1);
    }

    @Test
    void unitValidationErrorsAreProblemJsonWithFields() {
        HttpResponse<String> invalid = api("staff", "POST", "/api/v1/units", "{\"name\":\"\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(errorFields(invalid)).contains("name", "type");

        HttpResponse<String> duplicate =
                api("staff", "POST", "/api/v1/units", "{\"name\":\"区教育局\",\"type\":\"DEPARTMENT\"}");
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(errorFields(duplicate)).containsExactly("name");
    }

    @Test
    void unitListFiltersPagesAndSorts() {
        JsonNode departments = json(get("staff", "/api/v1/units?type=DEPARTMENT&size=10&sort=name&dir=desc"));
        assertThat(departments.path("total").asLong()).isGreaterThanOrEqualTo(33);
        assertThat(departments.path("items")).hasSize(10);
        assertThat(departments.path("size").asInt()).isEqualTo(10);
        List<String> names = new ArrayList<>();
        departments.path("items").forEach(u -> names.add(u.path("name").asText()));
        assertThat(names).isSortedAccordingTo((a, b) -> b.compareTo(a));
        JsonNode second = json(get("staff", "/api/v1/units?type=DEPARTMENT&size=10&page=1&sort=name&dir=desc"));
        assertThat(second.path("items").get(0).path("name").asText()).isNotEqualTo(names.get(0));
    }

    @Test
    void deputyIsAPersonWithADeputyRole() {
        long street = streetId("staff", "郑店街");
        HttpResponse<String> created = api(
                "staff",
                "POST",
                "/api/v1/deputies",
                "{\"name\":\"接口代表\",\"gender\":\"FEMALE\",\"level\":\"CITY\",\"streetId\":" + street
                        + ",\"constituency\":\"郑店街第9选区\",\"term\":7,\"phone\":\"13600001111\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        long id = json(created).path("id").asLong();
        assertThat(json(created).path("phone").asText()).isEqualTo("136****1111");

        JsonNode person = json(get("staff", "/api/v1/people/" + id));
        assertThat(person.path("roles").get(0).path("kind").asText()).isEqualTo("DEPUTY");
        assertThat(person.path("person").path("currentRoles").toString()).contains("DEPUTY");

        HttpResponse<String> updated = api(
                "staff",
                "PUT",
                "/api/v1/deputies/" + id,
                "{\"name\":\"接口代表\",\"level\":\"PROVINCE\",\"streetId\":" + street + "}");
        assertThat(json(updated).path("level").asText()).isEqualTo("PROVINCE");

        JsonNode ended = json(api("staff", "POST", "/api/v1/deputies/" + id + "/deactivate", null));
        assertThat(ended.path("current").asBoolean()).isFalse();
        JsonNode current = json(get("staff", "/api/v1/deputies?q=" + enc("接口代表")));
        assertThat(current.path("total").asLong()).isZero();
        JsonNode everyone = json(get("staff", "/api/v1/deputies?all=true&q=" + enc("接口代表")));
        assertThat(everyone.path("total").asLong()).isEqualTo(1);
    }

    @Test
    void deputyValidationNamesTheMissingFields() {
        HttpResponse<String> invalid = api("staff", "POST", "/api/v1/deputies", "{\"name\":\" \",\"phone\":\"abc\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(errorFields(invalid)).contains("name", "level", "phone");
        HttpResponse<String> badStreet = api(
                "staff", "POST", "/api/v1/deputies", "{\"name\":\"某代表\",\"level\":\"DISTRICT\",\"streetId\":999999}");
        assertThat(badStreet.statusCode()).isEqualTo(400);
        assertThat(errorFields(badStreet)).containsExactly("streetId");
    }

    @Test
    void personIsCreatedAndGetsARole() {
        HttpResponse<String> created =
                api("staff", "POST", "/api/v1/people", "{\"name\":\"接口人员\",\"employer\":\"区人大常委会办公室\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        long id = json(created).path("person").path("id").asLong();
        long unit = json(get("staff", "/api/v1/units?q=" + enc("区教育局")))
                .path("items")
                .get(0)
                .path("id")
                .asLong();
        HttpResponse<String> role = api(
                "staff",
                "POST",
                "/api/v1/people/" + id + "/roles",
                "{\"kind\":\"APPOINTEE\",\"validFrom\":\"2023-03-01\",\"unitId\":" + unit + ",\"title\":\"副局长\"}");
        assertThat(role.statusCode()).isEqualTo(201);
        assertThat(json(role).path("roles").get(0).path("unitName").asText()).isEqualTo("区教育局");
        HttpResponse<String> missingUnit = api(
                "staff",
                "POST",
                "/api/v1/people/" + id + "/roles",
                "{\"kind\":\"UNIT_OFFICER\",\"validFrom\":\"2023-03-01\"}");
        assertThat(missingUnit.statusCode()).isEqualTo(400);
        assertThat(errorFields(missingUnit)).containsExactly("unitId");
        HttpResponse<String> renamed = api("staff", "PUT", "/api/v1/people/" + id, "{\"name\":\"接口人员(改)\"}");
        assertThat(json(renamed).path("person").path("name").asText()).isEqualTo("接口人员(改)");
    }

    @Test
    void stationNeedsAStudioKindAndKeepsItsDeputies() {
        JsonNode hsDeputies = json(get("hs-staff", "/api/v1/deputies?size=5"));
        long street = hsDeputies.path("items").get(0).path("streetId").asLong();
        long deputy = hsDeputies.path("items").get(0).path("id").asLong();
        HttpResponse<String> noKind = api(
                "hs-staff",
                "POST",
                "/api/v1/stations",
                "{\"type\":\"DEPUTY_STUDIO\",\"name\":\"洪山测试工作室\",\"streetId\":" + street + "}");
        assertThat(noKind.statusCode()).isEqualTo(400);
        assertThat(errorFields(noKind)).containsExactly("studioKind");

        HttpResponse<String> created = api(
                "hs-staff",
                "POST",
                "/api/v1/stations",
                "{\"type\":\"DEPUTY_STUDIO\",\"studioKind\":\"FUNCTIONAL\",\"name\":\"洪山测试工作室\",\"streetId\":" + street
                        + ",\"receptionSchedule\":\"每周一\",\"deputyIds\":[" + deputy + "]}");
        assertThat(created.statusCode()).isEqualTo(201);
        long id = json(created).path("id").asLong();
        assertThat(json(created).path("deputies").get(0).path("id").asLong()).isEqualTo(deputy);

        HttpResponse<String> updated = api(
                "hs-staff",
                "PUT",
                "/api/v1/stations/" + id,
                "{\"type\":\"LIAISON_STATION\",\"name\":\"洪山测试联络站\",\"streetId\":" + street + ",\"deputyIds\":[]}");
        assertThat(json(updated).path("studioKind").isNull()).isTrue();
        assertThat(json(updated).path("deputies")).isEmpty();
        JsonNode deactivated = json(api("hs-staff", "POST", "/api/v1/stations/" + id + "/deactivate", null));
        assertThat(deactivated.path("active").asBoolean()).isFalse();
    }

    @Test
    void streetStaffChangeStationsOnlyInTheirOwnStreet() {
        long faxi = streetId("staff", "法泗街");
        long zhifang = streetId("staff", "纸坊街");
        HttpResponse<String> own = api(
                "street",
                "POST",
                "/api/v1/stations",
                "{\"type\":\"CONTACT_POINT\",\"name\":\"法泗测试联系点\",\"streetId\":" + faxi + "}");
        assertThat(own.statusCode()).isEqualTo(201);
        HttpResponse<String> other = api(
                "street",
                "POST",
                "/api/v1/stations",
                "{\"type\":\"CONTACT_POINT\",\"name\":\"纸坊测试联系点\",\"streetId\":" + zhifang + "}");
        assertThat(other.statusCode()).isEqualTo(403);
        long zhifangStation = firstId("staff", "/api/v1/stations?street=" + zhifang);
        assertThat(api("street", "POST", "/api/v1/stations/" + zhifangStation + "/deactivate", null)
                        .statusCode())
                .isEqualTo(403);
        long ownId = json(own).path("id").asLong();
        assertThat(api("street", "POST", "/api/v1/stations/" + ownId + "/deactivate", null)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void deputiesMayReadButNotWrite() {
        assertThat(get("deputy", "/api/v1/stations").statusCode()).isEqualTo(200);
        assertThat(api("deputy", "POST", "/api/v1/units", "{\"name\":\"x\",\"type\":\"OTHER\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(api("deputy", "POST", "/api/v1/groups", "{\"name\":\"x\"}").statusCode())
                .isEqualTo(403);
    }

    @Test
    void groupIsCreatedWithMembersAndProfessionalGroupsFilter() {
        JsonNode deputies = json(get("staff", "/api/v1/deputies?size=3"));
        long street = deputies.path("items").get(0).path("streetId").asLong();
        String members = deputies.path("items").get(0).path("id").asText() + ","
                + deputies.path("items").get(1).path("id").asText();
        HttpResponse<String> created = api(
                "staff",
                "POST",
                "/api/v1/groups",
                "{\"name\":\"接口测试代表小组\",\"streetId\":" + street + ",\"memberIds\":[" + members + "]}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json(created).path("memberCount").asInt()).isEqualTo(2);
        long id = json(created).path("id").asLong();
        HttpResponse<String> notDeputies =
                api("staff", "PUT", "/api/v1/groups/" + id, "{\"name\":\"接口测试代表小组\",\"memberIds\":[999999]}");
        assertThat(notDeputies.statusCode()).isEqualTo(400);
        assertThat(errorFields(notDeputies)).containsExactly("memberIds");
        JsonNode professional = json(get("staff", "/api/v1/groups?professional=true&size=50"));
        assertThat(professional.path("total").asLong()).isEqualTo(9);
        professional.path("items").forEach(g -> assertThat(g.path("name").asText())
                .contains("专业代表小组"));
    }

    @Test
    void hongshanObjectsAreNotFoundForJiangxiaUsersOnEveryPath() {
        long unit = firstId("hs-staff", "/api/v1/units");
        long person = json(get("hs-staff", "/api/v1/people"))
                .path("items")
                .get(0)
                .path("id")
                .asLong();
        long deputy = firstId("hs-staff", "/api/v1/deputies");
        long station = firstId("hs-staff", "/api/v1/stations");
        assertNotFoundEverywhere("staff", unit, person, deputy, station, null);
    }

    @Test
    void jiangxiaObjectsAreNotFoundForHongshanUsersOnEveryPath() {
        long unit = firstId("staff", "/api/v1/units");
        long person = json(get("staff", "/api/v1/people"))
                .path("items")
                .get(0)
                .path("id")
                .asLong();
        long deputy = firstId("staff", "/api/v1/deputies");
        long station = firstId("staff", "/api/v1/stations");
        long group = firstId("staff", "/api/v1/groups");
        assertNotFoundEverywhere("hs-admin", unit, person, deputy, station, group);
    }

    @Test
    void hongshanGroupIsNotFoundForJiangxia() {
        long street = json(get("hs-staff", "/api/v1/deputies"))
                .path("items")
                .get(0)
                .path("streetId")
                .asLong();
        HttpResponse<String> created =
                api("hs-admin", "POST", "/api/v1/groups", "{\"name\":\"洪山隔离测试小组\",\"streetId\":" + street + "}");
        assertThat(created.statusCode()).isEqualTo(201);
        long group = json(created).path("id").asLong();
        assertThat(get("staff", "/api/v1/groups/" + group).statusCode()).isEqualTo(404);
        assertThat(api("staff", "PUT", "/api/v1/groups/" + group, "{\"name\":\"x\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(api("staff", "POST", "/api/v1/groups/" + group + "/deactivate", null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(get("hs-staff", "/api/v1/groups/" + group).statusCode()).isEqualTo(200);
    }

    private void assertNotFoundEverywhere(String user, long unit, long person, long deputy, long station, Long group) {
        List<HttpResponse<String>> answers = new ArrayList<>();
        answers.add(get(user, "/api/v1/units/" + unit));
        answers.add(api(user, "PUT", "/api/v1/units/" + unit, "{\"name\":\"x\",\"type\":\"OTHER\"}"));
        answers.add(api(user, "POST", "/api/v1/units/" + unit + "/deactivate", null));
        answers.add(get(user, "/api/v1/people/" + person));
        answers.add(api(user, "PUT", "/api/v1/people/" + person, "{\"name\":\"x\"}"));
        answers.add(get(user, "/api/v1/deputies/" + deputy));
        answers.add(api(user, "PUT", "/api/v1/deputies/" + deputy, "{\"name\":\"x\",\"level\":\"DISTRICT\"}"));
        answers.add(api(user, "POST", "/api/v1/deputies/" + deputy + "/deactivate", null));
        answers.add(get(user, "/api/v1/stations/" + station));
        answers.add(api(
                user,
                "PUT",
                "/api/v1/stations/" + station,
                "{\"type\":\"CONTACT_POINT\",\"name\":\"x\",\"streetId\":1}"));
        answers.add(api(user, "POST", "/api/v1/stations/" + station + "/deactivate", null));
        if (group != null) {
            answers.add(get(user, "/api/v1/groups/" + group));
            answers.add(api(user, "PUT", "/api/v1/groups/" + group, "{\"name\":\"x\"}"));
        }
        for (HttpResponse<String> answer : answers) {
            assertThat(answer.statusCode())
                    .as(answer.request().method() + " " + answer.uri())
                    .isEqualTo(404);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        }
    }
}
