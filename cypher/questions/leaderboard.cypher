// The best result per model on one benchmark ($benchmark, an id or a name: see benchmark/named), optionally only some openness
// categories or results run by some evaluators ($evaluators), best first, in one row with `found` (false: no such benchmark).
// By default ($sameSource) the board ranks within one group of comparable results (one comparisonKey: same benchmark,
// source table, reporter and protocol, see src/benchmark/comparability.ts): the group with the most results among those
// asked (of the table $sourceTable when given; ties: the key), named by every entry's result. With $sameSource false each
// model's best result from any group counts, and the entries say whether the board mixes groups (`mixed`).
// Each model comes with what the request reads of it ($pick, see model/picked), each result with the properties in $resultPick.
WITH {{benchmark/named}} AS b
CALL (b) {
  OPTIONAL MATCH (b)<-[:ON_BENCHMARK]-(r:BenchmarkResult)<-[:HAS_RESULT]-(m:Model)
  WHERE $sameSource AND ($sourceTable IS NULL OR r.sourceTable = $sourceTable)
    AND ($openness IS NULL OR m.openness IN $openness) AND ($evaluators IS NULL OR r.evaluator IN $evaluators)
  WITH r.comparisonKey AS key, count(r) AS results
  ORDER BY results DESC, key
  RETURN head(collect(key)) AS groupKey
}
CALL (b, groupKey) {
  MATCH (b)<-[:ON_BENCHMARK]-(r:BenchmarkResult)<-[:HAS_RESULT]-(m:Model)
  WHERE ($openness IS NULL OR m.openness IN $openness) AND ($evaluators IS NULL OR r.evaluator IN $evaluators)
    AND ($sourceTable IS NULL OR r.sourceTable = $sourceTable)
    AND (NOT $sameSource OR r.comparisonKey = groupKey)
  WITH m, max(r.score) AS best
  ORDER BY best DESC, m.id
  LIMIT toInteger($limit)
  // Only the models on the board look for the result that holds their best score (ties: the first id):
  // sorting and collecting every result of a benchmark (13,000 at 1000x) to keep one per model is the
  // work a max() per model avoids.
  // From the model's few results, not the benchmark's many.
  CALL (b, m, best, groupKey) {
    MATCH (m)-[:HAS_RESULT]->(r:BenchmarkResult)
    WHERE r.score = best AND EXISTS { (r)-[:ON_BENCHMARK]->(b) } AND ($evaluators IS NULL OR r.evaluator IN $evaluators)
      AND ($sourceTable IS NULL OR r.sourceTable = $sourceTable)
      AND (NOT $sameSource OR r.comparisonKey = groupKey)
    RETURN r ORDER BY r.id LIMIT 1
  }
  WITH m, r ORDER BY best DESC, m.id
  WITH collect({
    model: {{model/picked}},
    result: [property IN $resultPick | r[property]],
    sourceId: CASE WHEN 'sourceId' IN $resultPick THEN head([(r)-[:REPORTED_IN]->(s:Source) | s.id]) END,
    key: r.comparisonKey
  }) AS entries
  RETURN entries, any(entry IN entries WHERE entry.key <> entries[0].key) AS mixed
}
RETURN b IS NOT NULL AS found, b.id AS benchmarkId, entries, mixed
