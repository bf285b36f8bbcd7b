package cn.renda.handling;

/**
 * Event: a unit replied (答复 / 办理情况) with a result class. {@code caseVersion} is the case's version the reply
 * was made on, so a second reply of the same unit (after 重新办理) is told apart from a redelivery of the first.
 */
public record CaseReplied(
        long congressId,
        long caseId,
        String kind,
        long unitId,
        ResultClass resultClass,
        boolean published,
        long caseVersion)
        implements CaseEvent {}
