// Score per dollar within one group of comparable results (one comparisonKey: same benchmark, source table,
// reporter and protocol, see src/benchmark/comparability.ts): each model's best score in the group with the
// most results of $asked.benchmark (of the table $asked.sourceTable when given), its cheapest offering on day $asked.asOf and the score per dollar
// of a million blended tokens, best value first; the models of the table without a price that day apart.
// One row, with `found` (false: no such benchmark).
WITH {{benchmark/named}} AS b, coalesce(date($asked.asOf), date()) AS asOf
CALL (b) {
  OPTIONAL MATCH (b)<-[:ON_BENCHMARK]-(tr:BenchmarkResult)
  WHERE $asked.sourceTable IS NULL OR tr.sourceTable = $asked.sourceTable
  WITH tr.comparisonKey AS key, tr.sourceTable AS table, count(tr) AS results
  ORDER BY results DESC, key
  RETURN head(collect(key)) AS comparisonKey, head(collect(table)) AS sourceTable
}
CALL (b, comparisonKey, asOf) {
  OPTIONAL MATCH (b)<-[:ON_BENCHMARK]-(r:BenchmarkResult {comparisonKey: comparisonKey})<-[:HAS_RESULT]-(m:Model)
  WITH m, max(r.score) AS best
  WHERE m IS NOT NULL
  CALL (b, m, best, comparisonKey) {
    MATCH (m)-[:HAS_RESULT]->(r:BenchmarkResult {comparisonKey: comparisonKey})
    WHERE r.score = best AND EXISTS { (r)-[:ON_BENCHMARK]->(b) }
    RETURN r ORDER BY r.id LIMIT 1
  }
  WITH m, r, {{offering/cheapest}} AS cheapest
  RETURN collect({
    modelId: m.id,
    result: r {.*, modelId: m.id, benchmarkId: b.id, sourceId: head([(r)-[:REPORTED_IN]->(s:Source) | s.id])},
    offering: cheapest,
    scorePerDollar: CASE WHEN cheapest IS NULL THEN null ELSE r.score / cheapest.price.blendedPerMTokens END
  }) AS entries
}
RETURN b IS NOT NULL AS found, b.id AS benchmarkId, sourceTable, comparisonKey, toString(asOf) AS asOf, entries
