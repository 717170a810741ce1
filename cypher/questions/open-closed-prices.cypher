// Closed models against open-weight models of matched standing, by price: within one group of comparable
// results (one comparisonKey: same benchmark, source table, reporter and protocol, see
// src/benchmark/comparability.ts; benchmark $asked.benchmark, or every benchmark when null), each closed model's best score against every
// open-weight model whose best score is within $withinPercent of it, with both cheapest offerings on
// day $asked.asOf and the ratio of their blended prices (closed / open). One row: `found` (false: no benchmark
// of that name) and the pairs, largest ratio first.
WITH {{benchmark/named}} AS named, coalesce(date($asked.asOf), date()) AS asOf
CALL (named, asOf) {
  MATCH (b:Benchmark)
  WHERE $asked.benchmark IS NULL OR b = named
  MATCH (b)<-[:ON_BENCHMARK]-(r:BenchmarkResult)<-[:HAS_RESULT]-(m:Model)
  WITH asOf, b, r.comparisonKey AS comparisonKey, head(collect(r.sourceTable)) AS sourceTable, m, max(r.score) AS best
  WITH asOf, b, comparisonKey, sourceTable, m, best, {{offering/cheapest}} AS cheapest
  WHERE cheapest IS NOT NULL
  WITH b, comparisonKey, sourceTable, collect({modelId: m.id, open: m.weightsAvailable, best: best, offering: cheapest}) AS priced
  UNWIND [e IN priced WHERE NOT e.open] AS closed
  UNWIND [e IN priced WHERE e.open AND abs(e.best - closed.best) <= abs(closed.best) * $withinPercent / 100.0] AS open
  WITH b, comparisonKey, sourceTable, closed, open, closed.offering.price.blendedPerMTokens / open.offering.price.blendedPerMTokens AS ratio
  ORDER BY ratio DESC, b.id, sourceTable, comparisonKey, closed.modelId, open.modelId
  RETURN collect({benchmarkId: b.id, sourceTable: sourceTable, comparisonKey: comparisonKey, closed: closed, open: open, ratio: ratio}) AS pairs
}
RETURN $asked.benchmark IS NULL OR named IS NOT NULL AS found, pairs
