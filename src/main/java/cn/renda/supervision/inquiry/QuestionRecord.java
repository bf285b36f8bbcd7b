package cn.renda.supervision.inquiry;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Command: what happened to a question at the inquiry meeting: who asked, which department answered, who, how, and its evaluation. */
public record QuestionRecord(
        @NotNull AskerKind askerKind,
        @Size(max = 60) String askerName,
        @Size(max = 100) String answerUnitName,
        @Size(max = 60) String answererName,
        @Size(max = 8000) String answer,
        AnswerEvaluation evaluation) {}
