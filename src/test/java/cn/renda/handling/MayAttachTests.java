package cn.renda.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.renda.core.NotFoundException;
import cn.renda.core.TenantContext;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** {@link HandlingFacade#mayAttach}: who takes part in a case may attach files until it is final. */
class MayAttachTests extends HandlingTestSupport {

    @Autowired
    HandlingFacade handling;

    private boolean mayAttach(long accountId, Set<Role> roles, Long unitId, long caseId) {
        CurrentUser user = new CurrentUser(
                accountId, jiangxia(), "u" + accountId, "x", "u", roles, null, unitId, null, "zh-CN", true);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return TenantContext.callAs(jiangxia(), () -> handling.mayAttach(caseId));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void staffAndTheAssignedUnitMayAttachOtherUnitsMayNotAndNobodyOnceClosed() {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        long id = createOpinion(today, true, false).get("id").asLong();
        long staff = account("h-leader");
        assertThat(mayAttach(staff, Set.of(Role.STAFF), null, id)).isTrue();
        assertThat(mayAttach(account("h-unit1"), Set.of(Role.UNIT), UNIT_1, id)).isTrue();
        assertThatThrownBy(() -> mayAttach(account("h-unit2"), Set.of(Role.UNIT), UNIT_2, id))
                .as("another unit does not even see the case")
                .isInstanceOf(NotFoundException.class);
        assertThat(mayAttach(account("h-member"), Set.of(Role.MEMBER), null, id))
                .isFalse();

        ok("h-unit1", id, "accept", null);
        ok("h-unit1", id, "submit-plan", "\"text\":\"方案\"");
        ok("h-unit1", id, "reply", "\"text\":\"已整改\",\"resultClass\":\"A\"");
        ok("staff", id, "close", null);
        assertThat(mayAttach(staff, Set.of(Role.STAFF), null, id)).isFalse();
        assertThat(mayAttach(account("h-unit1"), Set.of(Role.UNIT), UNIT_1, id)).isFalse();
    }
}
