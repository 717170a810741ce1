// The best result per model on one benchmark ($asked.benchmark, an id or a name: see benchmark/named), optionally only some openness
// categories or results run by some evaluators ($asked.evaluators), best first, in one row with `found` (false: no such benchmark).
// By default ($sameSource) the board ranks within one group of comparable results (one comparisonKey: same benchmark,
// source table, reporter and protocol, see src/benchmark/comparability.ts): the group with the most results among those
// asked (of the table $asked.sourceTable when given; ties: the key), named by every entry's result. With $sameSource false each
// model's best result from any group counts, and the entries say whether the board mixes groups (`mixed`).
// Each model comes with what the request reads of it ($pick, see model/picked), each result with the properties in $resultPick.
//
// Within a group the board reads no more than it shows: the group comes from its :ResultGroup's stored count (counted
// only when $asked.openness or $asked.evaluators narrow it), and each model's best result there carries bestOfModel (both kept by
// cypher/result/groups-refresh), so that the top $limit are the first entries of the index on (comparisonKey,
// bestOfModel, score). Openness and evaluator are the same for all of one model's results in one group (the reporter is
// part of the key), so the flag holds under those filters too.
WITH {{benchmark/named}} AS b
CALL (b) {
  OPTIONAL MATCH (g:ResultGroup {benchmarkId: b.id})
  WHERE $sameSource AND ($asked.sourceTable IS NULL OR g.sourceTable = $asked.sourceTable)
  CALL (g) {
    // Counted only when a filter narrows the group (no key otherwise: the index seek finds nothing).
    WITH CASE WHEN $asked.openness IS NOT NULL OR $asked.evaluators IS NOT NULL THEN g.comparisonKey END AS countedKey
    MATCH (r:BenchmarkResult)<-[:HAS_RESULT]-(m:Model)
    WHERE r.comparisonKey = countedKey AND r.score IS NOT NULL
      AND ($asked.openness IS NULL OR m.openness IN $asked.openness) AND ($asked.evaluators IS NULL OR r.evaluator IN $asked.evaluators)
    RETURN count(r) AS asked
  }
  WITH g, CASE WHEN $asked.openness IS NULL AND $asked.evaluators IS NULL THEN g.resultCount ELSE asked END AS results
  WHERE results > 0
  ORDER BY results DESC, g.comparisonKey
  RETURN head(collect(g.comparisonKey)) AS groupKey
}
CALL (b, groupKey) {
  CALL (b, groupKey) {
    // One group: its models' best results, in the index's order, until the board is full.
    WITH groupKey WHERE $sameSource
    MATCH (r:BenchmarkResult)
    WHERE r.comparisonKey = groupKey AND r.bestOfModel = true AND r.score IS NOT NULL
    MATCH (m:Model)-[:HAS_RESULT]->(r)
    WHERE ($asked.openness IS NULL OR m.openness IN $asked.openness) AND ($asked.evaluators IS NULL OR r.evaluator IN $asked.evaluators)
    // The whole of the index's order (its first two properties are fixed here): so Neo4j reads it backwards and
    // stops after $limit entries (PartialTop), where ORDER BY r.score alone sorts the whole group first.
    // (m AS m: what a CALL returns is named with AS, which the fragment check of src/neo4j/cypher.ts reads)
    RETURN m AS m, r AS r, r.score AS best
    ORDER BY r.comparisonKey DESC, r.bestOfModel DESC, r.score DESC, m.id LIMIT toInteger($limit)
  UNION
    // Any group: each model's best over the benchmark's results.
    WITH b WHERE NOT $sameSource
    MATCH (b)<-[:ON_BENCHMARK]-(r:BenchmarkResult)<-[:HAS_RESULT]-(m:Model)
    WHERE ($asked.openness IS NULL OR m.openness IN $asked.openness) AND ($asked.evaluators IS NULL OR r.evaluator IN $asked.evaluators)
      AND ($asked.sourceTable IS NULL OR r.sourceTable = $asked.sourceTable)
    WITH b, m, max(r.score) AS best
    ORDER BY best DESC, m.id
    LIMIT toInteger($limit)
    // Only the models on the board look, among their own few results, for the one that holds their best score
    // (ties: the first id).
    CALL (b, m, best) {
      MATCH (m)-[:HAS_RESULT]->(r:BenchmarkResult)
      WHERE r.score = best AND EXISTS { (r)-[:ON_BENCHMARK]->(b) } AND ($asked.evaluators IS NULL OR r.evaluator IN $asked.evaluators)
        AND ($asked.sourceTable IS NULL OR r.sourceTable = $asked.sourceTable)
      RETURN r ORDER BY r.id LIMIT 1
    }
    RETURN m AS m, r AS r, best
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
