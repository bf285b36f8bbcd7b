package cn.renda.core;

/**
 * Marks transactions whose statements all look rows up by the congress and a key (an engine step, a case's
 * creation): the transaction manager sends {@code set local plan_cache_mode = force_generic_plan} with the tenant
 * binding, in the same round trip, so each pooled connection plans such a statement once and reuses the plan.
 *
 * <p>Why: with the default mode PostgreSQL plans a prepared statement five times with its values before it
 * considers the generic plan, and keeps planning per execution when a custom plan looks cheaper — for the case
 * snapshot (nine tables under row-level security) the planning cost as much as the execution. The keyed look-ups'
 * generic plans read by the case's indexes for any congress (the congress column's statistics keep one common
 * value), so nothing is lost. Page and report queries, whose best plan depends on the values, keep the default. On
 * Citus the mode is left alone: its planner distributes each execution with its values and refuses some generic plans.
 */
public final class KeyedTransactions {

    /**
     * The label: {@code @Transactional(label = KeyedTransactions.LABEL)}, or a {@code TransactionTemplate} named so
     * ({@code setName}).
     */
    public static final String LABEL = "renda:keyed-statements";

    private KeyedTransactions() {}
}
