package cn.renda.organization;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.core.TenantContext;
import cn.renda.support.FullStackTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** STAFF set up an SC member's 双进双联 linkage from the list page. */
class LinkageCreatePageTests extends FullStackTest {

    @Autowired
    PersonRegistry people;

    @Autowired
    CongressFacade congresses;

    @Autowired
    LinkageRegistry linkages;

    @Test
    void staffCreateALinkageAndAMissingMemberIsAFieldError() {
        var staff = login("staff");
        assertThat(staff.page("/registry/linkages").body()).contains("id=\"new-linkage\"");
        assertThat(login("deputy").page("/registry/linkages").body()).doesNotContain("id=\"new-linkage\"");
        assertThat(staff.page("/registry/linkages/new").statusCode()).isEqualTo(200);

        var missing = staff.formPost("/registry/linkages/new", "discussionGroup=x", "/registry/linkages/new");
        assertThat(missing.statusCode()).isEqualTo(200);
        assertThat(missing.body()).contains("不能为空");

        long jiangxia = congresses.idByCode("jiangxia").orElseThrow();
        long member = TenantContext.callAs(
                jiangxia, () -> people.scMemberRefs().get(0).id());
        // The demo member already has a linkage: the form sets it again with the same committee and deputies.
        var existing =
                TenantContext.callAs(jiangxia, () -> linkages.forMember(member).orElseThrow());
        StringBuilder body = new StringBuilder("memberId=" + member + "&committeeId=" + existing.committeeId()
                + "&discussionGroup=" + URLEncoder.encode(existing.discussionGroup(), StandardCharsets.UTF_8));
        existing.deputies().forEach(d -> body.append("&deputyIds=").append(d.id()));
        var created = staff.formPost("/registry/linkages/new", body.toString(), "/registry/linkages/new");
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/registry/linkages/\\d+");
        assertThat(staff.page(location.replaceAll("^https?://[^/]+", "")).body())
                .contains(existing.discussionGroup())
                .contains(existing.deputies().get(0).name());

        assertThat(login("deputy").page("/registry/linkages/new").statusCode()).isEqualTo(403);
    }
}
