// Each claim's changes of verdict decided by its rule, oldest first, with the results each cited.
UNWIND $ids AS groupId
MATCH (:Claim {id: groupId})-[:VERDICT_CHANGED]->(v:VerdictChange)
WITH groupId, v ORDER BY v.sequence
RETURN groupId, v {
  .from, .to, .at, .cause, .sequence, .supporting, .against,
  citedResultIds: COLLECT { MATCH (v)-[:CITES]->(cited:BenchmarkResult) RETURN cited.id ORDER BY cited.id }
} AS change
