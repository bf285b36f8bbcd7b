package cn.renda.handling.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.core.TenantContext;
import cn.renda.organization.CongressFacade;
import cn.renda.organization.UnitDirectory;
import cn.renda.support.FullStackTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Case pages name the registry's units and offer them in the unit pickers. */
class UnitNamesOnCasePagesTests extends FullStackTest {

    @Autowired
    UnitDirectory units;

    @Autowired
    CongressFacade congresses;

    @Test
    void theCasePageNamesTheAssignedUnitAndTheBoardToo() {
        long jiangxia = congresses.idByCode("jiangxia").orElseThrow();
        long housing = TenantContext.callAs(
                jiangxia, () -> units.findByName("区住房和城市更新局").orElseThrow().id());
        var created = api(
                "staff",
                "POST",
                "/api/v1/supervision/opinions",
                "{\"documentType\":\"DELIBERATION\",\"title\":\"关于城市更新工作的审议意见\",\"content\":\"审议认为……\","
                        + "\"issues\":[\"老旧小区改造进度慢\"],\"units\":[{\"unitId\":" + housing
                        + ",\"role\":\"LEAD\"}],\"sourceDate\":\"" + LocalDate.now() + "\",\"issueNow\":true}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Long.parseLong(created.body().replaceAll("^\\{\"id\":(\\d+).*", "$1"));

        var staff = login("staff");
        var page = staff.page("/cases/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("区住房和城市更新局").doesNotContain("单位 " + housing);
        assertThat(staff.page("/cases/board").body()).contains("区住房和城市更新局");
    }
}
