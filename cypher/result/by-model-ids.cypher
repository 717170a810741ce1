// Each model's benchmark results, optionally for one benchmark ($benchmark, an id) or domain ($domain).
UNWIND $ids AS groupId
MATCH (:Model {id: groupId})-[:HAS_RESULT]->(r:BenchmarkResult)-[:ON_BENCHMARK]->(b:Benchmark)
WHERE ($benchmark IS NULL OR b.id = $benchmark)
  AND ($domain IS NULL OR EXISTS { (b)-[:MEASURES]->(:Domain {id: $domain}) })
WITH groupId, r, b ORDER BY toLower(b.name), r.score DESC, r.id
RETURN groupId, {{result/projection}} AS result
