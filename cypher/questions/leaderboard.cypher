// The best result per model on one benchmark ($benchmark, an id or a name), optionally only some openness
// categories, best first, in one row with `found` (false: no such benchmark). The best result may come
// from any source table: each entry names its table. Each model comes with what the request reads of it
// ($pick, see model/picked), each result with the properties in $resultPick.
OPTIONAL MATCH (b:Benchmark) WHERE b.id = $benchmark OR toLower(b.name) = toLower($benchmark)
WITH b ORDER BY b.id LIMIT 1
CALL (b) {
  MATCH (b)<-[:ON_BENCHMARK]-(r:BenchmarkResult)<-[:HAS_RESULT]-(m:Model)
  WHERE $openness IS NULL OR m.openness IN $openness
  WITH m, r ORDER BY r.score DESC, r.id
  WITH m, head(collect(r)) AS r
  ORDER BY r.score DESC, m.id
  LIMIT toInteger($limit)
  RETURN collect({
    model: {{model/picked}},
    result: [property IN $resultPick | r[property]],
    sourceId: CASE WHEN 'sourceId' IN $resultPick THEN head([(r)-[:REPORTED_IN]->(s:Source) | s.id]) END
  }) AS entries
}
RETURN b IS NOT NULL AS found, b.id AS benchmarkId, entries
