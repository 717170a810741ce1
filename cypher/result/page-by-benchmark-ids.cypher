// A page of each benchmark's results, best score first, with each benchmark's total (read from the
// node's relationship counts: only results point at a benchmark with ON_BENCHMARK).
UNWIND $ids AS groupId
MATCH (b:Benchmark {id: groupId})
CALL (b) {
  MATCH (b)<-[:ON_BENCHMARK]-(r:BenchmarkResult)
  WITH r ORDER BY r.score DESC, r.id
  SKIP toInteger($offset) LIMIT toInteger($limit)
  MATCH (m:Model)-[:HAS_RESULT]->(r)
  OPTIONAL MATCH (r)-[:REPORTED_IN]->(s:Source)
  RETURN collect(r {.*, modelId: m.id, benchmarkId: b.id, sourceId: s.id}) AS results
}
RETURN groupId, COUNT { (b)<-[:ON_BENCHMARK]-() } AS totalCount, results
