// Score statistics per benchmark, group of comparable results and openness category (count, min, max, mean),
// optionally for one benchmark ($asked.benchmark, an id or a name: see benchmark/named) or domain. A group is one
// comparisonKey (same benchmark, source table, reporter and protocol, see src/benchmark/comparability.ts),
// named by its source table and reporter; with $sameSource false the groups of a benchmark are pooled
// (comparisonKey and sourceTable null): read such means as orders of magnitude. One row: `found` (false:
// no such benchmark) and the statistics.
WITH {{benchmark/named}} AS named
CALL (named) {
  MATCH (b:Benchmark)<-[:ON_BENCHMARK]-(r:BenchmarkResult)<-[:HAS_RESULT]-(m:Model)
  WHERE ($asked.benchmark IS NULL OR b = named)
    AND ($asked.domain IS NULL OR EXISTS { (b)-[:MEASURES]->(:Domain {id: $asked.domain}) })
  WITH b, CASE WHEN $sameSource THEN r.comparisonKey END AS comparisonKey, m.openness AS openness,
       count(r) AS count, min(r.score) AS min, max(r.score) AS max, avg(r.score) AS mean,
       head(collect(r.sourceTable)) AS sourceTable, head(collect(r.reportedBy)) AS reportedBy
  WITH b, comparisonKey, openness, count, min, max, mean,
       CASE WHEN $sameSource THEN sourceTable END AS sourceTable, CASE WHEN $sameSource THEN reportedBy END AS reportedBy
  ORDER BY toLower(b.name), sourceTable, comparisonKey, openness
  RETURN collect({
    benchmark: {{benchmark/projection}}, comparisonKey: comparisonKey, openness: openness,
    sourceTable: sourceTable, reportedBy: reportedBy, count: count, min: min, max: max, mean: mean
  }) AS statistics
}
RETURN $asked.benchmark IS NULL OR named IS NOT NULL AS found, statistics
