package cn.renda.demo;

import cn.renda.core.TenantContext;
import cn.renda.identity.AccountFacade;
import cn.renda.identity.NewAccount;
import cn.renda.organization.CongressFacade;
import cn.renda.organization.CongressLevel;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads the demo congresses once, on the first start of an empty database, under the demo profile. */
@Component
@Profile("demo")
@Order(0)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final CongressFacade congresses;
    private final AccountFacade accounts;
    private final RegistryDemoData registry;
    private final SuggestionDemoData suggestions;
    private final TransactionTemplate transactions;

    private final String port;
    private final SupervisionDemoData supervisionDemo;
    private final SupervisionWorkDemoData supervisionWorkDemo;
    private final MeetingDemoData meetingDemo;
    private final OutreachDemoData outreachDemo;
    private final java.time.Clock clock;

    DemoDataLoader(
            CongressFacade congresses,
            AccountFacade accounts,
            RegistryDemoData registry,
            SuggestionDemoData suggestions,
            PlatformTransactionManager transactionManager,
            SupervisionDemoData supervisionDemo,
            SupervisionWorkDemoData supervisionWorkDemo,
            MeetingDemoData meetingDemo,
            OutreachDemoData outreachDemo,
            java.time.Clock clock,
            @org.springframework.beans.factory.annotation.Value("${server.port:8080}") String port) {
        this.supervisionDemo = supervisionDemo;
        this.supervisionWorkDemo = supervisionWorkDemo;
        this.meetingDemo = meetingDemo;
        this.outreachDemo = outreachDemo;
        this.clock = clock;
        this.congresses = congresses;
        this.accounts = accounts;
        this.registry = registry;
        this.suggestions = suggestions;
        this.transactions = new TransactionTemplate(transactionManager);
        this.port = port;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (congresses.idByCode("jiangxia").isPresent()) {
            log.info(
                    "Demo congresses present. Open http://localhost:{}/ — demo accounts: README.md § Demo accounts (password demo2023)",
                    port);
            return;
        }
        long t0 = System.nanoTime();
        long wuhan = congresses.provision("wuhan", "武汉市人民代表大会", "武汉市", CongressLevel.CITY, null, 15);
        long jiangxia = congresses.provision("jiangxia", "武汉市江夏区人民代表大会", "江夏区", CongressLevel.DISTRICT, wuhan, 7);
        long hongshan = congresses.provision("hongshan", "武汉市洪山区人民代表大会", "洪山区", CongressLevel.DISTRICT, wuhan, 7);
        // The registry first, so that the accounts can name the person, unit or street they stand for.
        long r0 = System.nanoTime();
        // One transaction per congress: the facades join it, so a few hundred inserts cost one commit.
        Map<String, RegistryDemoData.Link> links =
                TenantContext.callAs(jiangxia, () -> transactions.execute(status -> registry.loadJiangxia()));
        TenantContext.runAs(hongshan, () -> transactions.executeWithoutResult(status -> registry.loadHongshan()));
        log.info("Loaded the demo registries in {} ms", (System.nanoTime() - r0) / 1_000_000);
        // Meetings after the registry: they name SC members, units and committees, and appointees flow back.
        long m0 = System.nanoTime();
        TenantContext.runAs(jiangxia, () -> transactions.executeWithoutResult(status -> meetingDemo.loadJiangxia()));
        log.info("Loaded the demo meetings of 2023 in {} ms", (System.nanoTime() - m0) / 1_000_000);
        Map<String, Long> accountIds = new java.util.HashMap<>();
        for (DemoAccounts.Demo d : DemoAccounts.ALL) {
            long congress = "jiangxia".equals(d.congressCode()) ? jiangxia : hongshan;
            RegistryDemoData.Link link = links.getOrDefault(d.username(), RegistryDemoData.Link.NONE);
            long accountId = TenantContext.callAs(
                    congress,
                    () -> accounts.create(new NewAccount(
                            d.username(),
                            DemoAccounts.PASSWORD,
                            d.displayName(),
                            d.roles(),
                            link.personId(),
                            link.unitId(),
                            link.street(),
                            null)));
            if (congress == jiangxia) {
                accountIds.put(d.username(), accountId);
            }
        }
        long s0 = System.nanoTime();
        SuggestionDemoData.Accounts who = new SuggestionDemoData.Accounts(
                jiangxia,
                accountIds.get("staff"),
                accountIds.get("deputy"),
                links.get("deputy").personId(),
                accountIds.get("leader"));
        int year = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")))
                .getYear();
        Integer loaded =
                TenantContext.callAs(jiangxia, () -> transactions.execute(status -> suggestions.load(who, year)));
        log.info("Loaded {} demo suggestions in {} ms", loaded, (System.nanoTime() - s0) / 1_000_000);
        long o0 = System.nanoTime();
        var opinions =
                TenantContext.callAs(jiangxia, () -> supervisionDemo.load(jiangxia, java.time.LocalDate.now(clock)));
        log.info("Loaded {} demo supervision opinions in {} ms", opinions.size(), (System.nanoTime() - o0) / 1_000_000);
        long w0 = System.nanoTime();
        TenantContext.runAs(jiangxia, () -> supervisionWorkDemo.load(jiangxia, opinions));
        log.info(
                "Loaded the demo supervision plan and inspections of 2023 in {} ms",
                (System.nanoTime() - w0) / 1_000_000);
        long v0 = System.nanoTime();
        // One transaction: themes, activities, duty days, training and opinions commit together.
        int voterOpinions = TenantContext.callAs(
                jiangxia,
                () -> transactions.execute(status -> outreachDemo.load(jiangxia, java.time.LocalDate.now(clock))));
        log.info(
                "Loaded the demo outreach with {} voter opinions in {} ms",
                voterOpinions,
                (System.nanoTime() - v0) / 1_000_000);
        log.info(
                "Loaded the demo congresses 江夏区 and 洪山区 in {} ms. Open http://localhost:{}/ — demo accounts: README.md § Demo accounts (password demo2023)",
                (System.nanoTime() - t0) / 1_000_000,
                port);
    }
}
