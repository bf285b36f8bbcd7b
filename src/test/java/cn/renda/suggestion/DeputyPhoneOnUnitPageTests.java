package cn.renda.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.handling.HandlingTestSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The unit handling a deputy's suggestion sees the deputy's phone in full on its suggestion page, so its officer can
 * call; another unit and the office do not see the number.
 */
class DeputyPhoneOnUnitPageTests extends HandlingTestSupport {

    private static final Pattern TEL = Pattern.compile("data-deputy-contact>[\\s\\S]*?href=\"tel:([^\"]+)\"");

    @Test
    void theAssignedUnitSeesTheDeputysFullPhoneAndOthersDoNot() {
        users();
        Session unit = login("unit");
        String accepted = get("unit", "/api/v1/cases?kind=SUGGESTION&state=ACCEPTED&size=20")
                .body();
        Matcher ids = Pattern.compile("\"id\":(\\d+)").matcher(accepted);
        String page = null;
        String path = null;
        String phone = null;
        while (phone == null && ids.find()) {
            String location = unit.page("/suggestions/case/" + ids.group(1))
                    .headers()
                    .firstValue("Location")
                    .orElseThrow();
            path = location.replaceAll("^https?://[^/]+", "");
            page = unit.page(path).body();
            Matcher tel = TEL.matcher(page);
            phone = tel.find() ? tel.group(1) : null;
        }
        assertThat(phone)
                .as("an accepted suggestion of the unit whose lead deputy has a phone")
                .isNotNull();
        assertThat(phone)
                .as("in full: digits, no mask")
                .matches("[0-9+\\- ]{7,20}")
                .doesNotContain("*");
        assertThat(page).contains(">" + phone + "<");

        String office = login("staff").page(path).body();
        assertThat(office)
                .as("the office sees the suggestion without the number")
                .doesNotContain(phone);
        var other = login("h-unit1").page(path);
        assertThat(other.body()).as("another unit never sees the number").doesNotContain(phone);
    }
}
