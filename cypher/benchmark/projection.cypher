// reads: b
// Fragment: a benchmark (variable b) with the ids of the domains it measures and its result count. Only
// results point at a benchmark with ON_BENCHMARK, so the count needs no label on the other end, and Neo4j
// reads it from the node's relationship counts instead of visiting every result (10k a benchmark at 1000x).
b {
  .*,
  domainIds: COLLECT { MATCH (b)-[:MEASURES]->(bd:Domain) RETURN bd.id ORDER BY bd.id },
  resultCount: COUNT { (b)<-[:ON_BENCHMARK]-() }
}
