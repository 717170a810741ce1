// Each model's benchmark results, optionally for one benchmark ($benchmark, an id) or domain ($domain).
// The model, benchmark and source are on the matched path already, so the projection reads no more; the
// benchmark (a few short properties) comes whole, so that results { benchmark { name } } is no further level.
UNWIND $ids AS groupId
MATCH (:Model {id: groupId})-[:HAS_RESULT]->(r:BenchmarkResult)-[:ON_BENCHMARK]->(b:Benchmark)
WHERE ($benchmark IS NULL OR b.id = $benchmark)
  AND ($domain IS NULL OR EXISTS { (b)-[:MEASURES]->(:Domain {id: $domain}) })
OPTIONAL MATCH (r)-[:REPORTED_IN]->(s:Source)
WITH groupId, r, b, s ORDER BY toLower(b.name), r.score DESC, r.id
RETURN groupId, r {.*, modelId: groupId, benchmarkId: b.id, sourceId: s.id, benchmark: {{benchmark/projection}}} AS result
