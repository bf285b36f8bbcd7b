package cn.renda.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Steps of the voter opinion loop over HTTP, shared by the outreach and portal tests. */
public abstract class OutreachSupport extends FullStackTest {

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    protected static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    protected static String find(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as("no match for " + regex).isTrue();
        return m.group(1);
    }

    /** The result cards of a list page (the search form and the sort links repeat the query, so they are left out). */
    protected static String results(String html) {
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("data-opinion>(.*?)</li>", Pattern.DOTALL).matcher(html);
        while (m.find()) {
            out.append(m.group(1));
        }
        return out.toString();
    }

    /** The id of a street as the portal's form offers it. */
    protected long streetId(String name) {
        String form = anonymous().page("/public/submit").body();
        return Long.parseLong(find(form, "<option value=\"(\\d+)\">" + Pattern.quote(name) + "</option>"));
    }

    /** A citizen submits on the portal; returns the tracking code. */
    protected String submitOnPortal(Session citizen, long streetId, String title, String content, String phone) {
        HttpResponse<String> r = citizen.formPost(
                "/public/submit",
                "streetId=" + streetId + "&title=" + enc(title) + "&content=" + enc(content) + "&citizenName="
                        + enc("王小明") + "&citizenPhone=" + enc(phone) + "&website=",
                "/public/submit");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        String location = r.headers().firstValue("Location").orElseThrow();
        return find(location, "code=([0-9-]+)");
    }

    /** The id of an opinion in the user's work list, found by its tracking code. */
    protected long opinionId(Session staff, String code) {
        String list = staff.page("/outreach/opinions?q=" + enc(code)).body();
        return Long.parseLong(find(list, "/outreach/opinions/(\\d+)\""));
    }

    protected long version(Session staff, long id) {
        return Long.parseLong(find(staff.page("/outreach/opinions/" + id).body(), "name=\"version\" value=\"(\\d+)\""));
    }

    /** The id of a district unit as the escalation picker of an opinion's page offers it, found by its name. */
    protected long pickedUnit(Session street, long opinionId, String name) {
        String options = street.page("/outreach/opinions/" + opinionId + "?pick=unitId&q=" + enc(name))
                .body();
        return Long.parseLong(find(options, "(?s)value=\"(\\d+)\"(?:(?!value=).)*?" + Pattern.quote(name) + "</span>"));
    }

    protected HttpResponse<String> step(Session staff, long id, String step, String body) {
        return staff.formPost(
                "/outreach/opinions/" + id + "/" + step,
                "version=" + version(staff, id) + (body.isEmpty() ? "" : "&" + body),
                "/outreach/opinions/" + id);
    }

    protected static JsonNode json(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }

    /** Fires an engine action through the case API as a demo user. */
    protected JsonNode act(String user, long caseId, String action, String body) {
        long version =
                json(get(user, "/api/v1/cases/" + caseId), 200).path("version").asLong();
        String json = "{\"version\":" + version + (body.isEmpty() ? "" : "," + body) + "}";
        return json(api(user, "POST", "/api/v1/cases/" + caseId + "/actions/" + action, json), 200);
    }
}
