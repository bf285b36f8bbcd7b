package cn.renda.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every sortable column header of every list page answers, in both directions: the test follows each
 * {@code sort=} link a list renders (so a new sortable column is covered without touching this test) and
 * asks for the opposite direction too.
 */
class SortableColumnsTests extends FullStackTest {

    /** List pages with sortable headers, and a user who may open each. */
    private static final List<String[]> PAGES = List.of(
            new String[] {"staff", "/cases"},
            new String[] {"staff", "/meetings"},
            new String[] {"staff", "/meetings/appointments"},
            new String[] {"staff", "/meetings/resolutions"},
            new String[] {"staff", "/registry/deputies"},
            new String[] {"staff", "/registry/groups"},
            new String[] {"staff", "/registry/linkages"},
            new String[] {"staff", "/registry/people"},
            new String[] {"staff", "/registry/responsibilities"},
            new String[] {"staff", "/registry/stations"},
            new String[] {"staff", "/registry/units"});

    private static final Pattern SORT_LINK = Pattern.compile("href=\"([^\"]*[?&](?:amp;)?sort=[^\"]*)\"");

    @Test
    void everySortableColumnAnswersInBothDirections() {
        List<String> failures = new ArrayList<>();
        int followed = 0;
        for (String[] p : PAGES) {
            var session = login(p[0]);
            var page = session.page(p[1]);
            assertThat(page.statusCode()).as(p[1]).isEqualTo(200);
            Set<String> links = new LinkedHashSet<>();
            Matcher m = SORT_LINK.matcher(page.body());
            while (m.find()) {
                String link = m.group(1).replace("&amp;", "&");
                links.add(link);
                links.add(
                        link.contains("dir=asc")
                                ? link.replace("dir=asc", "dir=desc")
                                : link.replace("dir=desc", "dir=asc"));
            }
            assertThat(links).as("sortable headers on " + p[1]).isNotEmpty();
            for (String link : links) {
                int status = session.page(link).statusCode();
                followed++;
                if (status != 200) {
                    failures.add(link + " → " + status);
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(followed).isGreaterThanOrEqualTo(60);
    }
}
