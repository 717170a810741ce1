// reads: r
// Fragment: a benchmark result (variable r) with the ids of its model, benchmark and source.
r {
  .*,
  modelId: head(COLLECT { MATCH (rm:Model)-[:HAS_RESULT]->(r) RETURN rm.id }),
  benchmarkId: head(COLLECT { MATCH (r)-[:ON_BENCHMARK]->(rb:Benchmark) RETURN rb.id }),
  sourceId: head(COLLECT { MATCH (r)-[:REPORTED_IN]->(rs:Source) RETURN rs.id })
}
