/**
 * Search: Chinese full-text search and similar-case detection over cases. Text is segmented in Java with
 * Lucene's SmartChineseAnalyzer; the terms are stored in PostgreSQL (one row per case and term) and
 * ranked with BM25 in SQL, so every application instance sees the same index, written in the caller's
 * transaction. Its API is {@link cn.renda.search.SearchFacade}. Depends on core only.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Search",
        allowedDependencies = {"core"})
package cn.renda.search;
