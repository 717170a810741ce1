// A page of each benchmark's results, best score first, with each benchmark's total.
UNWIND $ids AS groupId
MATCH (b:Benchmark {id: groupId})
CALL (b) {
  MATCH (b)<-[:ON_BENCHMARK]-(r:BenchmarkResult)
  RETURN count(r) AS totalCount
}
CALL (b) {
  MATCH (b)<-[:ON_BENCHMARK]-(r:BenchmarkResult)
  WITH r ORDER BY r.score DESC, r.id
  SKIP toInteger($offset) LIMIT toInteger($limit)
  RETURN collect({{result/projection}}) AS results
}
RETURN groupId, totalCount, results
