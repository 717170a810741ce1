// reads: m, modelFilter
// Condition on model m: has a benchmark result in one of the domains modelFilter.domain.
EXISTS {
  MATCH (m)-[:HAS_RESULT]->(:BenchmarkResult)-[:ON_BENCHMARK]->(:Benchmark)-[:MEASURES]->(d:Domain)
  WHERE d.id IN modelFilter.domain }
