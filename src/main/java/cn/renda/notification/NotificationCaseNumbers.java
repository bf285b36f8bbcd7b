package cn.renda.notification;

import cn.renda.handling.CaseBatch;
import cn.renda.handling.CaseWriteContributor;
import org.springframework.stereotype.Component;

/**
 * Remembers each new case's number so notices about it name it by number, written in the engine's numbering round
 * trip (the number is taken there) instead of a statement of its own after it.
 */
@Component
class NotificationCaseNumbers implements CaseWriteContributor {

    @Override
    public void created(Created created, CaseBatch batch) {
        batch.add(
                """
                insert into notification.case_ref (case_id, number, title) values (?, ?, ?)
                on conflict (congress_id, case_id) do update set number = excluded.number, title = excluded.title""",
                created.caseId(),
                CaseBatch.NUMBER,
                created.title() == null ? "" : created.title());
    }
}
