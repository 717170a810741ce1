// The best result per model on one benchmark ($benchmark, an id), optionally only some openness
// categories, best first. The best result may come from any source table: each entry names its table.
MATCH (b:Benchmark {id: $benchmark})<-[:ON_BENCHMARK]-(r:BenchmarkResult)<-[:HAS_RESULT]-(m:Model)
WHERE $openness IS NULL OR m.openness IN $openness
WITH b, m, r ORDER BY r.score DESC, r.id
WITH b, m, head(collect(r)) AS r
ORDER BY r.score DESC, m.id
LIMIT toInteger($limit)
RETURN {{model/projection}} AS model, {{result/projection}} AS result
