// Results written before they kept copies of their model's openness and licence (a graph seeded by an
// earlier version) get them, from the one definition in cypher/result/model-copies.cypher; later writes
// (seed, recordBenchmarkResult, upsertModel) keep them current. After 005, which gives the models theirs.
MATCH (m:Model)-[:HAS_RESULT]->(r:BenchmarkResult)
WHERE {{result/model-copies-stale}}
SET {{result/model-copies}};
