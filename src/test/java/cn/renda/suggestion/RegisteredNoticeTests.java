package cn.renda.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.core.PageRequest;
import cn.renda.core.TenantContext;
import cn.renda.notification.InboxItem;
import cn.renda.notification.NotificationFacade;
import cn.renda.organization.CongressFacade;
import cn.renda.support.FullStackTest;
import cn.renda.support.SuggestionApi;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The deputies' notice of a registration names the new number although its rows are written in the round trip
 * after the number is taken (the number put in by the database): the inbox reads it in either language, its stored
 * arguments are the title and the number, and its e-mail names the number too.
 */
class RegisteredNoticeTests extends FullStackTest {

    @Autowired
    NotificationFacade notifications;

    @Autowired
    CongressFacade congresses;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private final SuggestionApi suggestions = new SuggestionApi(this);

    @Test
    void theRegisteredNoticeNamesTheNewNumberInTheInboxInBothLanguagesAndInItsEmail() {
        String title = "关于法泗街道增设农村客运班线的建议";
        long id = suggestions.draft(title);
        SuggestionApi.json(api("deputy", "POST", "/api/v1/suggestions/" + id + "/submit", null), 200);
        JsonNode reg = SuggestionApi.json(api("staff", "POST", "/api/v1/suggestions/" + id + "/register", "{}"), 200);
        String number = reg.path("handling").path("number").asString();
        long caseId = reg.path("handling").path("id").asLong();
        assertThat(number).contains("建议");
        long deputy =
                SuggestionApi.json(get("deputy", "/api/v1/me"), 200).path("id").asLong();

        InboxItem zh = registeredNotice(deputy, number, Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.subject()).isEqualTo("建议已登记:" + number);
        assertThat(zh.body()).isEqualTo("您提交的《" + title + "》已登记,编号 " + number + ",将交有关单位办理。");
        assertThat(zh.link()).isEqualTo("/suggestions/" + id);
        InboxItem en = registeredNotice(deputy, number, Locale.ENGLISH);
        assertThat(en.subject()).isEqualTo("Registered: " + number);
        assertThat(en.body())
                .isEqualTo("Your submission \"" + title + "\" was registered as " + number
                        + " and will be assigned to the units concerned.");

        List<String> stored = inJiangxia(() -> jdbc.sql(
                        """
                        select subject || '|' || body || '|' || args::text from notification.message
                        where congress_id = ? and account_id = ? and dedupe_key = ?""")
                .params(TenantContext.require(), deputy, "registered:" + caseId)
                .query(String.class)
                .list());
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0))
                .isEqualTo(zh.subject() + "|" + zh.body() + "|" + "[\"" + title + "\", \"" + number + "\"]");
        List<String> mails = inJiangxia(() -> jdbc.sql(
                        "select subject || '|' || body from notification.outbox where congress_id = ? and body like ?")
                .params(TenantContext.require(), "%《" + title + "》已登记%")
                .query(String.class)
                .list());
        assertThat(mails)
                .allSatisfy(m -> assertThat(m).isEqualTo(zh.subject() + "|" + zh.body() + "\n\n/suggestions/" + id));
    }

    private InboxItem registeredNotice(long account, String number, Locale locale) {
        LocaleContextHolder.setLocale(locale);
        try {
            List<InboxItem> items = inJiangxia(() ->
                    notifications.inbox(account, false, PageRequest.first()).items());
            return items.stream()
                    .filter(i -> "REGISTERED".equals(i.kind()) && i.body().contains(number))
                    .findFirst()
                    .orElseThrow();
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private <T> T inJiangxia(java.util.concurrent.Callable<T> action) {
        long congress = congresses.idByCode("jiangxia").orElseThrow();
        return TenantContext.callAs(congress, () -> new TransactionTemplate(transactions).execute(status -> {
            try {
                return action.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
    }
}
