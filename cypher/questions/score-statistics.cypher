// Score statistics per benchmark and openness category (count, min, max, mean), optionally for one
// benchmark ($benchmark, an id) or domain. Means mix source tables: read them as orders of magnitude.
MATCH (b:Benchmark)<-[:ON_BENCHMARK]-(r:BenchmarkResult)<-[:HAS_RESULT]-(m:Model)
WHERE ($benchmark IS NULL OR b.id = $benchmark)
  AND ($domain IS NULL OR EXISTS { (b)-[:MEASURES]->(:Domain {id: $domain}) })
WITH b, m.openness AS openness, count(r) AS count, min(r.score) AS min, max(r.score) AS max, avg(r.score) AS mean
ORDER BY toLower(b.name), openness
RETURN {{benchmark/projection}} AS benchmark, openness, count, min, max, mean
