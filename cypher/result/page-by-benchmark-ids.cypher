// A page of each benchmark's results, best score first (ties by id), with each benchmark's total (read from
// the node's relationship counts: only results point at a benchmark with ON_BENCHMARK). The page is a keyset
// page (cypher/page/: results past $page.after, $limit of them), the same window for every benchmark; each result
// comes with its position, for its cursor.
UNWIND $ids AS groupId
MATCH (b:Benchmark {id: groupId})
CALL (b) {
  MATCH (b)<-[:ON_BENCHMARK]-(r:BenchmarkResult)
  WITH r, coalesce(toFloat(r.score), -1.0e308) AS sortValue, r.id AS sortId
  WHERE {{page/seek}}
  ORDER BY {{page/order}}
  LIMIT toInteger($limit)
  MATCH (m:Model)-[:HAS_RESULT]->(r)
  OPTIONAL MATCH (r)-[:REPORTED_IN]->(s:Source)
  WITH r, m, s, sortValue, sortId
  ORDER BY {{page/order}}
  RETURN collect({at: [sortValue, sortId], node: r {.*, modelId: m.id, benchmarkId: b.id, sourceId: s.id}}) AS results
}
RETURN groupId, COUNT { (b)<-[:ON_BENCHMARK]-() } AS totalCount, results
