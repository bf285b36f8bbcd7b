package cn.renda.outreach;

/** What a citizen gets back after submitting: the tracking code. */
public record OpinionReceipt(String code) {}
