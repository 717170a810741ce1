// After the seed's relationships are written: who ran each result (cypher/result/evaluator.cypher), written
// only where it changed, so that a second load writes nothing.
MATCH (m:Model)-[:HAS_RESULT]->(r:BenchmarkResult)
WITH m, r, {{result/evaluator}} AS evaluator
WHERE r.evaluator IS NULL OR r.evaluator <> evaluator
SET r.evaluator = evaluator
RETURN count(r) AS results
