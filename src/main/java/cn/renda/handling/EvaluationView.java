package cn.renda.handling;

import java.time.OffsetDateTime;

/** One evaluation of a case's reply. */
public record EvaluationView(long id, Evaluation evaluation, String comment, long evaluatorId, OffsetDateTime at) {}
