package cn.renda.supervision.inquiry;

import java.util.List;
import java.util.Map;

/** Everything the inquiry page shows: the inquiry, teams, visits, objects visited per kind, categories, the closure rate, questions and evaluations. */
public record InquiryDetail(
        InquiryView inquiry,
        List<TeamView> teams,
        List<VisitView> visits,
        Map<ObjectKind, Long> objectsVisited,
        List<String> categories,
        ClosureReport closure,
        List<QuestionView> questions,
        List<UnitEvaluation> evaluations) {}
