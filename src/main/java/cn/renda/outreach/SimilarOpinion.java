package cn.renda.outreach;

/** An earlier opinion similar to the one being triaged (score 0–1), from the search index. */
public record SimilarOpinion(long id, String code, String title, OpinionState state, OpinionTier tier, double score) {}
