package cn.renda.organization;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.core.PageRequest;
import cn.renda.core.TenantContext;
import cn.renda.support.FullStackTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo registry of 江夏区 matches the seed report's figures; 洪山区 stays separate. */
class RegistryDemoDataTests extends FullStackTest {

    @Autowired
    CongressFacade congresses;

    @Autowired
    BodyDirectory bodies;

    @Autowired
    UnitDirectory units;

    @Autowired
    PersonRegistry people;

    @Autowired
    StationRegistry stations;

    @Autowired
    GroupRegistry groups;

    @Autowired
    LinkageRegistry linkages;

    @Autowired
    ResponsibilityRegistry responsibilities;

    private <T> T inJiangxia(java.util.concurrent.Callable<T> action) {
        return TenantContext.callAs(congresses.idByCode("jiangxia").orElseThrow(), action);
    }

    @Test
    void jiangxiaHasThirteenStreetsEachWithAStreetCommittee() {
        List<StreetView> streets = inJiangxia(bodies::streets);
        assertThat(streets).hasSize(13);
        assertThat(streets.get(0).name()).isEqualTo("纸坊街");
        assertThat(streets).extracting(StreetView::name).contains("法泗街", "豹澥街", "佛祖岭街");
        assertThat(inJiangxia(() -> bodies.bodies(BodyKind.STREET_COMMITTEE))).hasSize(13);
        assertThat(inJiangxia(() -> bodies.bodies(BodyKind.COMMITTEE)))
                .extracting(BodyView::name)
                .contains("法制委员会", "财政经济委员会", "预算工作委员会");
        assertThat(inJiangxia(() -> bodies.bodies(BodyKind.DIRECTORS_MEETING))).hasSize(1);
    }

    @Test
    void jiangxiaHasTheStationCountsOfTheSeed() {
        long studios = inJiangxia(() -> stations.list(
                        new StationFilter(null, StationType.DEPUTY_STUDIO, null, null, true), PageRequest.first())
                .total());
        long liaison = inJiangxia(() -> stations.list(
                        new StationFilter(null, StationType.LIAISON_STATION, null, null, true), PageRequest.first())
                .total());
        long points = inJiangxia(() -> stations.list(
                        new StationFilter(null, StationType.CONTACT_POINT, null, null, true), PageRequest.first())
                .total());
        long functional = inJiangxia(() -> stations.list(
                        new StationFilter(null, null, StudioKind.FUNCTIONAL, null, true), PageRequest.first())
                .total());
        long hub = inJiangxia(
                () -> stations.list(new StationFilter(null, null, StudioKind.HUB, null, true), PageRequest.first())
                        .total());
        assertThat(studios).isEqualTo(42);
        assertThat(liaison).isEqualTo(18);
        assertThat(points).isEqualTo(5);
        assertThat(functional + hub).isEqualTo(8);
    }

    @Test
    void jiangxiaHasAboutThreeHundredDeputiesAndNineProfessionalGroups() {
        long deputies = inJiangxia(
                () -> people.deputies(DeputyFilter.all(), PageRequest.first()).total());
        assertThat(deputies).isBetween(280L, 320L);
        long provincial = inJiangxia(() -> people.deputies(
                        new DeputyFilter(null, DeputyLevel.PROVINCE, null, null, true), PageRequest.first())
                .total());
        assertThat(provincial).isPositive();
        long professional = inJiangxia(() -> groups.list(new GroupFilter(null, null, true, true), PageRequest.first())
                .total());
        assertThat(professional).isEqualTo(9);
        long faxi = inJiangxia(() -> bodies.streetId("法泗街").orElseThrow());
        assertThat(inJiangxia(() -> people.deputiesOfStreet(faxi))).isNotEmpty().allMatch(d -> "法泗街"
                .equals(d.streetName()));
    }

    @Test
    void jiangxiaUnitsStandingCommitteeLinkagesAndResponsibilities() {
        assertThat(inJiangxia(
                        () -> units.list(new UnitFilter(null, UnitType.DEPARTMENT, null, true), PageRequest.first())
                                .total()))
                .isEqualTo(33);
        assertThat(inJiangxia(
                        () -> units.list(new UnitFilter(null, UnitType.STREET_OFFICE, null, true), PageRequest.first())
                                .total()))
                .isEqualTo(13);
        assertThat(inJiangxia(() -> units.findByName("区住房和城市更新局"))).isPresent();
        List<ScMemberView> members = inJiangxia(people::scMembers);
        assertThat(members).hasSize(29);
        assertThat(members.get(0).position()).isEqualTo(ScPosition.CHAIR);
        assertThat(members)
                .filteredOn(m -> m.position() == ScPosition.VICE_CHAIR)
                .hasSize(5);
        var linkagePage = inJiangxia(() -> linkages.list(null, null, new PageRequest(0, 100, null, false)));
        assertThat(linkagePage.total()).isEqualTo(29);
        assertThat(linkagePage.items()).allSatisfy(l -> {
            assertThat(l.committeeId()).isNotNull();
            assertThat(l.discussionGroup()).isNotBlank();
            assertThat(l.deputies()).hasSizeBetween(3, 5);
        });
        long rivers = inJiangxia(() -> responsibilities
                .list(null, ResponsibilityType.RIVER_BASIN, null, null, PageRequest.first())
                .total());
        long others = inJiangxia(() -> responsibilities
                        .list(null, null, null, null, PageRequest.first())
                        .total())
                - rivers;
        assertThat(rivers).isEqualTo(8);
        assertThat(others).isEqualTo(27);
    }

    @Test
    void hongshanSeesOnlyItsOwnSmallRegistry() {
        // Other test classes add to 洪山区 (imports, API tests), so its counts are lower bounds.
        long hongshan = congresses.idByCode("hongshan").orElseThrow();
        assertThat(TenantContext.callAs(hongshan, bodies::streets)).hasSizeLessThan(13);
        long deputies = TenantContext.callAs(hongshan, () -> people.deputies(DeputyFilter.all(), PageRequest.first())
                .total());
        assertThat(deputies).isGreaterThanOrEqualTo(15);
        assertThat(TenantContext.callAs(hongshan, () -> stations.list(StationFilter.all(), PageRequest.first())
                        .total()))
                .isGreaterThanOrEqualTo(3);
        assertThat(TenantContext.callAs(hongshan, () -> units.findByName("区住房和城市更新局")))
                .as("江夏区's units are invisible in 洪山区")
                .isEmpty();
    }
}
