// Score per dollar on one benchmark table: each model's best score in the table ($sourceTable, else the
// table of $benchmark with the most results), its cheapest offering on day $asOf and the score per dollar
// of a million blended tokens, best value first; the models of the table without a price that day apart.
// One row, with `found` (false: no such benchmark).
WITH {{benchmark/named}} AS b, coalesce(date($asOf), date()) AS asOf
CALL (b) {
  OPTIONAL MATCH (b)<-[:ON_BENCHMARK]-(tr:BenchmarkResult)
  WHERE $sourceTable IS NULL OR tr.sourceTable = $sourceTable
  WITH tr.sourceTable AS table, count(tr) AS results
  ORDER BY results DESC, table
  RETURN head(collect(table)) AS sourceTable
}
CALL (b, sourceTable, asOf) {
  OPTIONAL MATCH (b)<-[:ON_BENCHMARK]-(r:BenchmarkResult {sourceTable: sourceTable})<-[:HAS_RESULT]-(m:Model)
  WITH m, max(r.score) AS best
  WHERE m IS NOT NULL
  CALL (b, m, best, sourceTable) {
    MATCH (m)-[:HAS_RESULT]->(r:BenchmarkResult {sourceTable: sourceTable})
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
RETURN b IS NOT NULL AS found, b.id AS benchmarkId, sourceTable, toString(asOf) AS asOf, entries
