package cn.renda.handling.internal;

import cn.renda.handling.AssignmentView;
import cn.renda.handling.AttachmentView;
import cn.renda.handling.ClockName;
import cn.renda.handling.ClockPolicy;
import cn.renda.handling.EvaluationView;
import cn.renda.handling.Proposer;
import cn.renda.handling.ReplyView;
import java.util.List;
import java.util.Map;

/**
 * Everything of one case a step or the case page needs, read in one round trip ({@link CaseSnapshots}): the row, its
 * assignments, clocks, proposers, replies, evaluations, extensions, attachments (without content) and the
 * congress's deadline policies of the case's kind.
 */
record CaseSnapshot(
        CaseRow row,
        List<AssignmentView> assignments,
        List<ClockRow> clocks,
        List<Proposer> proposers,
        List<ReplyView> replies,
        List<EvaluationView> evaluations,
        List<HandlingRepository.ExtensionRow> extensions,
        List<AttachmentView> attachments,
        Map<ClockName, ClockPolicy> policies) {

    /** Whether the account is one of the case's proposers. */
    boolean proposedBy(long accountId) {
        return proposers.stream().anyMatch(p -> p.accountId() != null && p.accountId() == accountId);
    }
}
