// Each model's benchmark results, optionally for one benchmark ($asked.benchmark, an id or a name: see
// benchmark/named) or domain ($asked.domain), or run by some evaluators ($asked.evaluators), one row per asked model with `found` (false: no such benchmark).
// The model, benchmark and source are on the matched path already, so the projection reads no more; the
// benchmark (a few short properties) comes whole, so that results { benchmark { name } } is no further level.
WITH {{benchmark/named}} AS named
UNWIND $ids AS groupId
CALL (groupId, named) {
  MATCH (:Model {id: groupId})-[:HAS_RESULT]->(r:BenchmarkResult)-[:ON_BENCHMARK]->(b:Benchmark)
  WHERE ($asked.benchmark IS NULL OR b = named)
    AND ($asked.domain IS NULL OR EXISTS { (b)-[:MEASURES]->(:Domain {id: $asked.domain}) })
    AND ($asked.evaluators IS NULL OR r.evaluator IN $asked.evaluators)
  OPTIONAL MATCH (r)-[:REPORTED_IN]->(s:Source)
  WITH r, b, s ORDER BY toLower(b.name), r.score DESC, r.id
  RETURN collect(r {.*, modelId: groupId, benchmarkId: b.id, sourceId: s.id, benchmark: {{benchmark/projection}} }) AS results
}
RETURN $asked.benchmark IS NULL OR named IS NOT NULL AS found, groupId, results
