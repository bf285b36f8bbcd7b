package cn.renda.supervision.inquiry;

/** A question (考题) of the inquiry meeting, from an open problem or asked freely, with who asked and who answered. */
public record QuestionView(
        long id,
        int position,
        Long problemId,
        Integer problemSeq,
        String question,
        AskerKind askerKind,
        String askerName,
        Long answerUnitId,
        String answerUnitName,
        String answererName,
        String answer,
        AnswerEvaluation evaluation) {}
