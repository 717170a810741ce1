// After the models' licence copies (cypher/seed/model-licence-copies): every result's copies of its model's
// openness and licence (cypher/result/model-copies), written only where they changed, so that a second load
// writes nothing.
MATCH (m:Model)-[:HAS_RESULT]->(r:BenchmarkResult)
WHERE {{result/model-copies-stale}}
SET {{result/model-copies}}
RETURN count(r) AS results
