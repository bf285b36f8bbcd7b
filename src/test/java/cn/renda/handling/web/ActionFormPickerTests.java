package cn.renda.handling.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.handling.HandlingTestSupport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The engine's action forms pick units by name (search-as-you-type), never from a long select or by number. */
class ActionFormPickerTests extends HandlingTestSupport {

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Unit ids offered by a picker answer, in order. */
    private static List<Long> offered(String html, String name) {
        List<Long> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<input[^>]*\\bname=\"" + name + "\"[^>]*>").matcher(html);
        while (m.find()) {
            Matcher value = Pattern.compile("value=\"(\\d+)\"").matcher(m.group());
            if (value.find()) {
                ids.add(Long.parseLong(value.group(1)));
            }
        }
        return ids;
    }

    @Test
    void assignPicksUnitsByNameAndKeepsTheChosenOnesAfterARefusedSubmit() {
        long id = createOpinion(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), false, false)
                .get("id")
                .asLong();
        var staff = login("staff");
        String page = staff.page("/cases/" + id).body();
        assertThat(page)
                .contains("id=\"action-assign\"")
                .contains("id=\"leadUnit-search\"")
                .contains("hx-get=\"/cases/" + id + "?pick=leadUnit\"")
                .contains("hx-get=\"/cases/" + id + "?pick=coUnits\"")
                .contains("hx-get=\"/cases/" + id + "?pick=separateUnits\"")
                .doesNotContain("<select class=\"form-select form-select-sm\" name=\"leadUnit\"");

        var options = staff.page("/cases/" + id + "?pick=coUnits&q=" + enc("局"));
        assertThat(options.statusCode()).isEqualTo(200);
        assertThat(options.body()).contains("type=\"checkbox\"").doesNotContain("<html");
        var lead = staff.page("/cases/" + id + "?pick=leadUnit&q=" + enc("发展和改革"));
        assertThat(lead.body()).contains("type=\"radio\"").contains("区发展和改革局");
        long leadUnit = offered(lead.body(), "leadUnit").get(0);
        List<Long> units = offered(options.body(), "coUnits").stream()
                .filter(u -> u != leadUnit)
                .toList();
        assertThat(units).hasSizeGreaterThanOrEqualTo(2);
        assertThat(staff.page("/cases/" + id + "?pick=unitId&q=x").statusCode())
                .as("only the form's unit fields")
                .isEqualTo(404);

        long version = caseJson(id).get("version").asLong();
        var refused = staff.formPost(
                "/cases/" + id + "/actions/assign",
                "version=" + version + "&coUnits=" + units.get(0) + "&coUnits=" + units.get(1),
                "/cases/" + id);
        assertThat(refused.statusCode()).as("no lead unit: the form again").isEqualTo(200);
        assertThat(refused.body())
                .contains("invalid-feedback d-block")
                .contains("id=\"coUnits-" + units.get(0) + "-c\"")
                .contains("id=\"coUnits-" + units.get(1) + "-c\"");
        assertThat(caseJson(id).get("version").asLong()).as("nothing written").isEqualTo(version);

        var assigned = staff.formPost(
                "/cases/" + id + "/actions/assign",
                "version=" + version + "&leadUnit=" + leadUnit + "&coUnits=" + units.get(0) + "&coUnits="
                        + units.get(1),
                "/cases/" + id);
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(302);
        List<String> held = new ArrayList<>();
        for (JsonNode a : caseJson(id).get("assignments")) {
            held.add(a.get("unitId").asLong() + ":" + a.get("role").asString());
        }
        assertThat(held).contains(leadUnit + ":LEAD", units.get(0) + ":CO", units.get(1) + ":CO");
    }

    /** The texts of the options of the select with this id, in order. */
    private static List<String> options(String html, String selectId) {
        Matcher select = Pattern.compile("(?s)<select[^>]*\\bid=\"" + selectId + "\"[^>]*>(.*?)</select>")
                .matcher(html);
        assertThat(select.find()).as("a select " + selectId).isTrue();
        List<String> texts = new ArrayList<>();
        Matcher option = Pattern.compile("(?s)<option[^>]*>(.*?)</option>").matcher(select.group(1));
        while (option.find()) {
            texts.add(option.group(1).strip());
        }
        return texts;
    }

    @Test
    void theActingUnitAndTheKeyLeaderAreShortLabelledSelectsOfNamesWithLinkedErrors() {
        long id = createOpinion(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), true, true)
                .get("id")
                .asLong();
        var staff = login("staff");
        String page = staff.page("/cases/" + id).body();

        // Staff acting for a unit choose among the case's own units (lead and co here), by name, role and state.
        assertThat(page).contains("for=\"accept-unitId\"").contains("id=\"accept-unitId\"");
        assertThat(options(page, "accept-unitId"))
                .containsExactly("(自动选择)", "测试承办单位9001 · 主办 · 待签收", "测试承办单位9002 · 协办 · 待签收");

        // The key case's leader is one of the few leader accounts, by name.
        assertThat(page).contains("for=\"mark-key-leaderId\"").contains("id=\"mark-key-leaderId\"");
        List<String> leaders = options(page, "mark-key-leaderId");
        assertThat(leaders).contains("周建华(副主任)");
        assertThat(leaders).as("names, not numbers").noneMatch(text -> text.matches("\\d+"));

        // A staff account is not a leader: the error is on the select and linked to it; nothing is written.
        long version = caseJson(id).get("version").asLong();
        long staffId = json(get("staff", "/api/v1/me")).get("id").asLong();
        var refused = staff.formPost(
                "/cases/" + id + "/actions/mark-key", "version=" + version + "&leaderId=" + staffId, "/cases/" + id);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("id=\"mark-key-leaderId-error\"")
                .containsPattern("id=\"mark-key-leaderId\"[^>]*aria-describedby=\"mark-key-leaderId-error\"");
        assertThat(caseJson(id).get("version").asLong()).as("nothing written").isEqualTo(version);
    }
}
