// Fragment: a benchmark (variable b) with the ids of the domains it measures and its result count.
b {
  .*,
  domainIds: COLLECT { MATCH (b)-[:MEASURES]->(bd:Domain) RETURN bd.id ORDER BY bd.id },
  resultCount: COUNT { (b)<-[:ON_BENCHMARK]-(:BenchmarkResult) }
}
