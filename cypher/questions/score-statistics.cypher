// Score statistics per benchmark and openness category (count, min, max, mean), optionally for one
// benchmark ($benchmark, an id or a name: see benchmark/named) or domain. Means mix source tables: read
// them as orders of magnitude. One row: `found` (false: no such benchmark) and the statistics.
WITH {{benchmark/named}} AS named
CALL (named) {
  MATCH (b:Benchmark)<-[:ON_BENCHMARK]-(r:BenchmarkResult)<-[:HAS_RESULT]-(m:Model)
  WHERE ($benchmark IS NULL OR b = named)
    AND ($domain IS NULL OR EXISTS { (b)-[:MEASURES]->(:Domain {id: $domain}) })
  WITH b, m.openness AS openness, count(r) AS count, min(r.score) AS min, max(r.score) AS max, avg(r.score) AS mean
  ORDER BY toLower(b.name), openness
  RETURN collect({benchmark: {{benchmark/projection}}, openness: openness, count: count, min: min, max: max, mean: mean}) AS statistics
}
RETURN $benchmark IS NULL OR named IS NOT NULL AS found, statistics
