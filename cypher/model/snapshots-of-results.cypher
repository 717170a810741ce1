// The snapshot each benchmark result was run on, where it names one.
UNWIND $ids AS groupId
MATCH (:BenchmarkResult {id: groupId})-[:RUN_ON]->(s:ModelSnapshot)-[:SNAPSHOT_OF]->(m:Model)
RETURN groupId, s {.*, modelId: m.id} AS snapshot
