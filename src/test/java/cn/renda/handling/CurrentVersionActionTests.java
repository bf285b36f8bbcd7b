package cn.renda.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.renda.core.TenantContext;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** A module's own decision acts on the version the step reads; a user's command still needs the version it saw. */
class CurrentVersionActionTests extends HandlingTestSupport {

    @Autowired
    HandlingFacade handling;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void asUnit1() {
        CurrentUser user = new CurrentUser(
                account("h-unit1"),
                jiangxia(),
                "h-unit1",
                "",
                "h-unit1",
                Set.of(Role.UNIT),
                null,
                UNIT_1,
                null,
                "zh-CN",
                true);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    @Test
    void actingOnTheCurrentVersionIgnoresTheCommandsVersionAndAdvancesItByOne() {
        long id = createOpinion(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), true, false)
                .get("id")
                .asLong();
        long before = caseJson(id).get("version").asLong();
        asUnit1();
        CaseView after = TenantContext.callAs(
                jiangxia(), () -> handling.actOnCurrentVersion(id, ActionCommand.accept(before + 7, null), null));
        assertThat(after.version()).isEqualTo(before + 1);
        assertThat(caseJson(id).get("version").asLong()).isEqualTo(before + 1);
        assertThat(json(get("staff", "/api/v1/cases/" + id + "/audit"))
                        .get("valid")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void aUsersCommandWithAnOldVersionIsStillRefused() {
        long id = createOpinion(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), true, false)
                .get("id")
                .asLong();
        long before = caseJson(id).get("version").asLong();
        asUnit1();
        assertThatThrownBy(() -> TenantContext.callAs(
                        jiangxia(), () -> handling.act(id, ActionCommand.accept(before + 7, null))))
                .isInstanceOf(StaleVersionException.class);
        assertThat(caseJson(id).get("version").asLong()).isEqualTo(before);
    }
}
