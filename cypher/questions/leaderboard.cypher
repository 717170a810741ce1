// The best result per model on one benchmark ($benchmark, an id or a name), optionally only some openness
// categories, best first, in one row with `found` (false: no such benchmark). The best result may come
// from any source table: each entry names its table. Each model comes with what the request reads of it
// ($pick, see model/picked).
OPTIONAL MATCH (b:Benchmark) WHERE b.id = $benchmark OR toLower(b.name) = toLower($benchmark)
WITH b ORDER BY b.id LIMIT 1
CALL (b) {
  MATCH (b)<-[:ON_BENCHMARK]-(r:BenchmarkResult)<-[:HAS_RESULT]-(m:Model)
  WHERE $openness IS NULL OR m.openness IN $openness
  WITH m, r ORDER BY r.score DESC, r.id
  WITH m, head(collect(r)) AS r
  ORDER BY r.score DESC, m.id
  LIMIT toInteger($limit)
  OPTIONAL MATCH (r)-[:REPORTED_IN]->(s:Source)
  RETURN collect({model: {{model/picked}}, result: r {.*, modelId: m.id, benchmarkId: b.id, sourceId: s.id}}) AS entries
}
RETURN b IS NOT NULL AS found, entries
