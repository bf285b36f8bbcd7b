package cn.renda.handling.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.handling.HandlingTestSupport;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The board's table is rendered once per computed board and language (BoardTable): each language still gets its
 * own texts, and an action still shows in the table right after.
 */
class BoardTableTests extends HandlingTestSupport {

    private static final Pattern UNIT_1_GREEN = Pattern.compile(
            "/cases\\?unit=" + UNIT_1 + "&amp;kind=SUPERVISION_OPINION&amp;colour=GREEN\"\\s*><span>(\\d+)</span>");

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    private static long unit1Green(String board) {
        Matcher m = UNIT_1_GREEN.matcher(board);
        assertThat(m.find()).as("unit 1's GREEN link on the board").isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void eachLanguageGetsItsOwnTableAndAnActionShowsRightAfter() {
        createOpinion(today(), true, false);
        var leader = login("leader");
        String zh = leader.page("/cases/board").body();
        assertThat(zh).contains("<table").contains("承办单位").contains("超期").contains("测试承办单位" + UNIT_1);
        String en = leader.page("/cases/board?lang=en").body();
        assertThat(en.substring(en.indexOf("<table")))
                .contains("Handling unit")
                .contains("Overdue")
                .doesNotContain("承办单位</th>")
                .contains("测试承办单位" + UNIT_1);
        String zhAgain = leader.page("/cases/board?lang=zh_CN").body();
        assertThat(zhAgain.substring(zhAgain.indexOf("<table")))
                .contains("承办单位")
                .doesNotContain("Overdue");

        long before = unit1Green(zhAgain);
        createOpinion(today(), true, false);
        assertThat(unit1Green(leader.page("/cases/board").body())).isEqualTo(before + 1);
    }
}
