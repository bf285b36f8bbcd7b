package cn.renda.suggestion.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.renda.core.TenantContext;
import cn.renda.core.TenantTransactions;
import cn.renda.handling.AssignmentRole;
import cn.renda.handling.AssignmentState;
import cn.renda.handling.AssignmentView;
import cn.renda.handling.CaseFigures;
import cn.renda.handling.CaseView;
import cn.renda.handling.Colour;
import cn.renda.handling.HandlingFacade;
import cn.renda.handling.ReplyType;
import cn.renda.handling.ReplyView;
import cn.renda.handling.ResultClass;
import cn.renda.handling.SourceLink;
import cn.renda.handling.SourceType;
import cn.renda.handling.UnitHandlingTally;
import cn.renda.handling.Visibility;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.organization.UnitDirectory;
import cn.renda.suggestion.HandlingReport;
import cn.renda.suggestion.SubmissionStatus;
import cn.renda.suggestion.SubmissionType;
import cn.renda.suggestion.SuggestionReports;
import cn.renda.suggestion.TrackingRow;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The reports read a year's cases set-based: the handling report is counted by the database (no case view
 * in memory), the tracking report loads its key cases with one engine query and one for their progress notes.
 */
class SuggestionReportsQueryTests {

    static final int CASES = 10_000;

    final SuggestionRepository repo = mock(SuggestionRepository.class);
    final HandlingFacade handling = mock(HandlingFacade.class);
    final UnitDirectory units = mock(UnitDirectory.class);
    final ReportQueries queries = mock(ReportQueries.class);
    final SuggestionReports reports =
            new ReportService(repo, queries, handling, units, inline(), Duration.ofSeconds(5), Duration.ofMinutes(5));

    /** Tenant transactions that just run the work (no database here). */
    @SuppressWarnings("unchecked")
    static TenantTransactions inline() {
        TenantTransactions tenant = mock(TenantTransactions.class);
        when(tenant.read(anyLong(), any())).thenAnswer(inv -> ((Supplier<Object>) inv.getArgument(1)).get());
        return tenant;
    }

    @BeforeEach
    void staff() {
        CurrentUser staff =
                new CurrentUser(1, 1, "staff", "", "staff", Set.of(Role.STAFF), null, null, null, "zh-CN", true);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(staff, null, staff.getAuthorities()));
        List<SuggestionRepository.Row> rows = new ArrayList<>();
        for (long i = 1; i <= CASES; i++) {
            rows.add(row(i));
        }
        when(repo.registeredCases(2026)).thenReturn(rows);
        when(repo.registeredCases(null)).thenReturn(rows);
        when(repo.yearStats(2026)).thenReturn(new int[] {CASES, 0, CASES, 0});
        when(repo.contactsOf(any())).thenReturn(Map.of());
        when(repo.progressOf(any(), any())).thenReturn(Map.of());
        when(units.activeUnits()).thenReturn(List.of());
        // The database's tallies of the same 10,000 cases: every other one assigned to unit 7 and answered A.
        long[] yearCases = java.util.stream.LongStream.rangeClosed(1, CASES).toArray();
        when(queries.yearCases(2026)).thenReturn(yearCases);
        when(queries.contacted(2026)).thenReturn(new ReportQueries.Contacted(new long[0], new long[0]));
        when(handling.figures(yearCases))
                .thenReturn(new CaseFigures(CASES / 2, CASES / 2, CASES / 2, 0, 0, 0, 0, 0, 0, 0, CASES / 10, 0));
        when(handling.unitTallies(any(), any(), any()))
                .thenReturn(List.of(new UnitHandlingTally(7, CASES / 2, 0, 0, 0, CASES / 2, 0, 0, 0, 0, 0, 0)));
        TenantContext.set(1);
        when(handling.views(any())).thenAnswer(inv -> {
            Collection<Long> ids = inv.getArgument(0);
            return ids.stream().map(SuggestionReportsQueryTests::view).toList();
        });
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
        TenantContext.clear();
    }

    @Test
    void handlingReportOfTenThousandCasesIsCountedByTheDatabaseWithoutCaseViews() {
        HandlingReport r = reports.handlingReport(2026);
        assertThat(r.assigned()).isEqualTo(CASES / 2);
        assertThat(r.replied()).isEqualTo(CASES / 2);
        assertThat(r.resultA()).isEqualTo(CASES / 2);
        assertThat(r.key()).isEqualTo(CASES / 10);
        assertThat(r.units()).hasSize(1);
        assertThat(r.units().get(0).cases()).isEqualTo(CASES / 2);
        assertThat(r.units().get(0).solvedRate()).isEqualTo(1.0);
        verify(handling, never()).get(anyLong());
        verify(handling, never()).views(any());
        verify(repo, never()).registeredCases(any());
        verify(repo, never()).contactsOf(any());
        verify(repo, never()).contacts(anyLong());
    }

    @Test
    void concurrentRequestsForTheSameYearShareOneComputation() {
        HandlingReport first = reports.handlingReport(2026);
        assertThat(reports.handlingReport(2026)).isSameAs(first);
        assertThat(reports.evaluation(2026)).isEqualTo(first.units());
        verify(queries, times(1)).yearCases(2026);
        verify(handling, times(1)).figures(any());
        verify(handling, times(1)).unitTallies(any(), any(), any());
    }

    @Test
    void trackingReportReadsProgressNotesOfAllKeyCasesAtOnce() {
        List<TrackingRow> rows = reports.tracking(LocalDate.of(2026, 11, 1));
        assertThat(rows).hasSize(CASES / 10);
        verify(handling, never()).get(anyLong());
        verify(handling, times(1)).views(any());
        verify(repo, times(1)).progressOf(any(), any());
        verify(repo, never()).progress(anyLong());
    }

    static SuggestionRepository.Row row(long i) {
        return new SuggestionRepository.Row(
                i,
                SubmissionType.SUGGESTION,
                "建议" + i,
                "",
                null,
                2026,
                false,
                "",
                "",
                "",
                null,
                null,
                "代表",
                SubmissionStatus.REGISTERED,
                null,
                List.of(),
                false,
                false,
                1000 + i,
                "SUGGESTION",
                "江夏建议〔2026〕第" + i + "号",
                "REGISTERED",
                null,
                OffsetDateTime.now(),
                OffsetDateTime.now(),
                OffsetDateTime.now(),
                OffsetDateTime.now());
    }

    /** Every other case assigned to unit 7 and answered A; every tenth a key case. */
    static CaseView view(long caseId) {
        boolean handled = caseId % 2 == 0;
        OffsetDateTime now = OffsetDateTime.now();
        List<AssignmentView> assignments = handled
                ? List.of(new AssignmentView(
                        caseId, 7, AssignmentRole.LEAD, AssignmentState.REPLIED, now, now, null, null))
                : List.of();
        List<ReplyView> replies = handled
                ? List.of(new ReplyView(caseId, ReplyType.RESULT, 7L, "答复", ResultClass.A, false, 1, now))
                : List.of();
        return new CaseView(
                caseId,
                "SUGGESTION",
                "N" + caseId,
                "建议" + caseId,
                "",
                null,
                handled ? "REPLIED" : "REGISTERED",
                Visibility.INTERNAL,
                new SourceLink(SourceType.SUGGESTION, "s", LocalDate.of(2026, 1, 1)),
                List.of(),
                Map.of(),
                caseId % 10 == 0,
                null,
                null,
                false,
                handled ? ResultClass.A : null,
                null,
                Colour.GREEN,
                assignments,
                List.of(),
                replies,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                1,
                now,
                now,
                0);
    }
}
